package dev.deviceha.discovery.pci;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.hct.HctFamily;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.HostUse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Whole PCI devices an admin may tag for passthrough: endpoints of the classes that hold GPUs, FPGAs, NVMe, NICs
 * and accelerators. Left out: VFs and PFs with VFs enabled, mdev parents and the Hygon CCP (their capacity is
 * offered by the other families), bridges and other platform devices, and devices the host uses or holds with one
 * of its drivers ({@link HostUse#ofWholeDevice}).
 */
public final class WholePciFamily implements DeviceFamily {
    private static final Logger LOG = LogManager.getLogger(WholePciFamily.class);

    @Override
    public List<HostDevice> discover(ScanContext context) {
        List<HostDevice> out = new ArrayList<>();
        for (PciNodeDevice device : context.devices().pci()) {
            if (device.isVirtualFunction() || device.hasVirtualFunctions() || device.isMdevParent()
                    || HctFamily.isHygonCcp(device)) {
                continue;
            }
            Integer classCode = context.classCode(device);
            if (classCode == null || !HostUse.isPassthroughClass(classCode)) {
                continue;
            }
            try {
                Optional<String> hostReason =
                        context.hostUse().ofWholeDevice(device.address(), context.boundDriver(device), classCode);
                if (hostReason.isPresent()) {
                    LOG.debug("Not offering {} for passthrough: {}", device.address(), hostReason.get());
                    continue;
                }
            } catch (IOException | InvalidValueException e) {
                context.warn(device.address(), "host use unverifiable, not offered: " + e.getMessage());
                continue;
            }
            out.add(context.pciEntry(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, device.address().toString(), device)
                    .usedBy(context.domainUse().holderOf(device.address()))
                    .build());
        }
        return out;
    }
}
