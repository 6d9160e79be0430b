package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A VF or whole device is passed as is: it has to exist, be what the assignment says it is, and be free, that is
 * neither held by another running domain nor used by the host ({@link HostUse}, the rule discovery offers devices by).
 * The management server only assigns what discovery reported, so a mismatch here means the host changed since, or
 * the assignment is not to be trusted: either way the device is refused before libvirt detaches it from the host.
 */
final class PciFunctionPreparer implements BackingPreparer {
    private static final Logger LOG = LogManager.getLogger(PciFunctionPreparer.class);

    private final Sysfs sysfs;
    private final PassthroughDrivers drivers;
    private final VfLinkSettings vfLinks;

    PciFunctionPreparer(Sysfs sysfs, PassthroughDrivers drivers, VfLinkSettings vfLinks) {
        this.sysfs = sysfs;
        this.drivers = drivers;
        this.vfLinks = vfLinks;
    }

    @Override
    public void prepare(VmInstanceName vm, AssignedDevice device, HostDomains domains)
            throws PreparationException, IOException {
        PciAddress address = device.address();
        if (address == null) {
            throw new PreparationException("the assignment gives no PCI address");
        }
        Path function = sysfs.pciDevice(address);
        if (!sysfs.exists(function)) {
            throw new PreparationException("no PCI device " + address + " on this host");
        }
        Optional<String> holder = domains.holderOf(DeviceKey.pci(address), vm);
        if (holder.isPresent()) {
            throw new PreparationException("used by running domain " + holder.get());
        }
        boolean isVf = sysfs.exists(function.resolve("physfn"));
        String driver = sysfs.linkTargetName(function.resolve("driver")).orElse(null);
        HostUse hostUse = HostUse.read(sysfs, drivers, this::warn);
        if (device.tag().kind() == DeviceKind.PCI) {
            requireWholeDevice(function, isVf);
            Optional<String> refusal = hostUse.ofWholeDevice(address, driver, classCode(function));
            if (refusal.isPresent()) {
                throw new PreparationException("not offered for passthrough: " + refusal.get());
            }
        } else if (!isVf) {
            throw new PreparationException("is not a virtual function, as a " + device.tag().kind() + " device"
                    + (device.backing() == DeviceBacking.NVIDIA_VGPU_VF ? " on NVIDIA's vGPU driver" : "")
                    + " must be");
        }
        Optional<String> use = hostUse.ofFunction(address, driver);
        if (use.isPresent()) {
            throw new PreparationException("the host uses it: " + use.get());
        }
        if (device.tag().kind() == DeviceKind.SRIOV_VF) {
            vfLinks.apply(sysfs, hostUse, address, device.trust(), device.spoofCheck());
        }
    }

    /** Discovery offers no VF, PF with VFs enabled or mdev parent as a whole device. */
    private void requireWholeDevice(Path function, boolean isVf) throws PreparationException, IOException {
        if (isVf || !"0".equals(sysfs.read(function.resolve("sriov_numvfs")).orElse("0"))
                || sysfs.exists(function.resolve("mdev_supported_types"))) {
            throw new PreparationException("is a VF, a PF with VFs enabled or an mdev parent, not a whole device");
        }
    }

    private int classCode(Path function) throws PreparationException, IOException {
        String text = sysfs.read(function.resolve("class"))
                .orElseThrow(() -> new PreparationException("has no PCI class in sysfs"));
        try {
            return Integer.decode(text);
        } catch (NumberFormatException e) {
            throw new PreparationException("has an unreadable PCI class " + InvalidValueException.quote(text));
        }
    }

    private void warn(String subject, String problem) {
        LOG.warn("Checking the host's use of devices: {}: {}", subject, problem);
    }
}
