package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Prepares every device of an assignment and reports each one that failed. A VM must not start without one of its
 * devices, so when any fails, what was created for the VM is released again.
 */
public final class AssignmentPreparer {
    private static final Logger LOG = LogManager.getLogger(AssignmentPreparer.class);
    /** A q35 VM's PCIe topology holds a few hundred functions at most; the plugin assigns far fewer. */
    static final int MAX_DEVICES = 256;

    private final PciFunctionPreparer pciFunction;
    private final NvidiaVgpuPreparer nvidiaVgpu;
    private final MdevPreparer mdev;
    private final DeviceReleaser releaser;
    private final HostDomains domains;

    /**
     * {@code drivers}: the host drivers the admin allows whole devices to be taken from (discovery's setting);
     * {@code vfLinks}: how a VF's trust and spoof checking are set on its PF.
     */
    public AssignmentPreparer(Sysfs sysfs, PassthroughDrivers drivers, VfLinkSettings vfLinks, HostDomains domains,
            PreparedLedger ledger, BusyRetry busyRetry) {
        this.pciFunction = new PciFunctionPreparer(sysfs, drivers, vfLinks);
        this.nvidiaVgpu = new NvidiaVgpuPreparer(sysfs, pciFunction, ledger);
        this.mdev = new MdevPreparer(sysfs, ledger, busyRetry);
        this.domains = domains;
        this.releaser = new DeviceReleaser(sysfs, domains, ledger);
    }

    /** Empty when every device is ready. */
    public List<PreparationFailure> prepare(DeviceAssignment assignment) throws IOException {
        VmInstanceName vm = new VmInstanceName(assignment.vmInstanceName());
        List<PreparationFailure> malformed = malformed(assignment);
        if (!malformed.isEmpty()) {
            LOG.warn("Refusing the device assignment of {} untouched: {}", vm, malformed);
            return malformed;
        }
        // Listing the running domains reads every domain's XML from libvirt: once per assignment, not per device.
        HostDomains running = new ListedOnce(domains);
        List<PreparationFailure> failures = new ArrayList<>();
        for (AssignedDevice device : assignment.devices()) {
            try {
                preparerOf(device).prepare(vm, device, running);
            } catch (PreparationException | InvalidValueException e) {
                failures.add(new PreparationFailure(device, e.getMessage()));
            } catch (IOException e) {
                failures.add(new PreparationFailure(device, "sysfs: " + e.getMessage()));
            }
        }
        if (!failures.isEmpty()) {
            LOG.warn("Cannot prepare the devices of {}: {}", vm, failures);
            ReleaseResult rollback = releaser.release(vm);
            if (!rollback.succeeded()) {
                LOG.error("Could not remove what was created for {}: {}", vm, rollback.failures());
            }
        }
        return failures;
    }

    /**
     * An assignment that names more devices than a VM can take, or one device twice (which libvirt would refuse at
     * start, after the devices were prepared), is refused before anything is read or written.
     */
    private static List<PreparationFailure> malformed(DeviceAssignment assignment) {
        List<AssignedDevice> devices = assignment.devices();
        if (devices.size() > MAX_DEVICES) {
            return List.of(new PreparationFailure(devices.get(MAX_DEVICES), "the assignment names " + devices.size()
                    + " devices, more than the " + MAX_DEVICES + " a VM can take"));
        }
        Set<DeviceKey> seen = new HashSet<>();
        List<PreparationFailure> failures = new ArrayList<>();
        for (AssignedDevice device : devices) {
            DeviceKey key = device.backing() == DeviceBacking.MDEV_TYPE
                    ? (device.mdevUuid() == null ? null : DeviceKey.mdev(device.mdevUuid()))
                    : (device.address() == null ? null : DeviceKey.pci(device.address()));
            if (key != null && !seen.add(key)) {
                failures.add(new PreparationFailure(device, "named twice in the assignment"));
            }
        }
        return failures;
    }

    private BackingPreparer preparerOf(AssignedDevice device) {
        return switch (device.backing()) {
            case PCI_FUNCTION -> pciFunction;
            case NVIDIA_VGPU_VF -> nvidiaVgpu;
            case MDEV_TYPE -> mdev;
        };
    }

    /** The running domains as first listed; a listing that failed is tried again by the next device. */
    private static final class ListedOnce implements HostDomains {
        private final HostDomains source;
        private List<RunningDomain> listed;

        ListedOnce(HostDomains source) {
            this.source = source;
        }

        @Override
        public List<RunningDomain> running() throws IOException {
            if (listed == null) {
                listed = source.running();
            }
            return listed;
        }
    }
}
