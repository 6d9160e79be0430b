package dev.deviceha.prepare;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Prepares every device of an assignment and reports each one that failed. A VM must not start without one of its
 * devices, so when any fails, what was created for the VM is released again.
 */
public final class AssignmentPreparer {
    private static final Logger LOG = LogManager.getLogger(AssignmentPreparer.class);

    private final PciFunctionPreparer pciFunction;
    private final NvidiaVgpuPreparer nvidiaVgpu;
    private final MdevPreparer mdev;
    private final DeviceReleaser releaser;

    public AssignmentPreparer(Sysfs sysfs, HostDomains domains, PreparedLedger ledger, BusyRetry busyRetry) {
        this.pciFunction = new PciFunctionPreparer(sysfs, domains);
        this.nvidiaVgpu = new NvidiaVgpuPreparer(sysfs, pciFunction, ledger);
        this.mdev = new MdevPreparer(sysfs, domains, ledger, busyRetry);
        this.releaser = new DeviceReleaser(sysfs, domains, ledger);
    }

    /** Empty when every device is ready. */
    public List<PreparationFailure> prepare(DeviceAssignment assignment) throws IOException {
        VmInstanceName vm = new VmInstanceName(assignment.vmInstanceName());
        List<PreparationFailure> failures = new ArrayList<>();
        for (AssignedDevice device : assignment.devices()) {
            try {
                preparerOf(device).prepare(vm, device);
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

    private BackingPreparer preparerOf(AssignedDevice device) {
        return switch (device.backing()) {
            case PCI_FUNCTION -> pciFunction;
            case NVIDIA_VGPU_VF -> nvidiaVgpu;
            case MDEV_TYPE -> mdev;
        };
    }
}
