package dev.deviceha.discovery.pci;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.hct.HctFamily;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Whole PCI devices an admin may tag for passthrough: endpoints of the classes that hold GPUs, FPGAs, NVMe, NICs
 * and accelerators. Left out: VFs and PFs with VFs enabled, mdev parents and the Hygon CCP (their capacity is
 * offered by the other families), bridges and other platform devices, and devices the host uses ({@link HostUse}).
 */
public final class WholePciFamily implements DeviceFamily {
    static final int STORAGE_BASE_CLASS = 0x01;
    private static final Logger LOG = LogManager.getLogger(WholePciFamily.class);
    /**
     * Mass storage, network, display, multimedia, processors, encryption, signal processing (many FPGAs),
     * processing accelerators, and unassigned (other FPGAs).
     */
    private static final Set<Integer> PASSTHROUGH_BASE_CLASSES =
            Set.of(STORAGE_BASE_CLASS, 0x02, 0x03, 0x04, 0x0b, 0x10, 0x11, 0x12, 0xff);

    @Override
    public List<HostDevice> discover(ScanContext context) {
        HostUse hostUse = HostUse.read(context.sysfs(), context.warnings());
        List<HostDevice> out = new ArrayList<>();
        for (PciNodeDevice device : context.devices().pci()) {
            if (device.isVirtualFunction() || device.hasVirtualFunctions() || device.isMdevParent()
                    || HctFamily.isHygonCcp(device)) {
                continue;
            }
            Integer classCode = context.classCode(device);
            if (classCode == null || !PASSTHROUGH_BASE_CLASSES.contains(classCode >> 16)) {
                continue;
            }
            try {
                Optional<String> hostReason = hostUse.reason(device.address(), classCode);
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
