package dev.deviceha.discovery.mdev;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * mdev vGPUs: each vfio-pci type of each PCI mdev parent (a GPU, or a GPU VF on SR-IOV Ampere cards) is one pool
 * {@code <parent>/<type>} with {@code total = available + existing}, followed by one entry per existing instance.
 */
public final class MdevVgpuFamily implements DeviceFamily {
    private static final Logger LOG = LogManager.getLogger(MdevVgpuFamily.class);

    @Override
    public List<HostDevice> discover(ScanContext context) {
        List<HostDevice> out = new ArrayList<>();
        for (PciNodeDevice parent : context.devices().pci()) {
            for (MdevType type : parent.mdevTypes()) {
                if (!type.isVfioPci()) {
                    LOG.debug("Skipping mdev type {} of {}: device API {} is not vfio-pci", type.id(),
                            parent.address(), type.deviceApi());
                    continue;
                }
                String parentKey = parent.address().toString();
                out.addAll(context.mdevPool(context.pciEntry(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE,
                                parentKey + "/" + type.id(), parent)
                        // The parent's IOMMU group is not an mdev's: each mdev gets its own.
                        .iommuGroup(null), parentKey, type));
            }
        }
        return out;
    }
}
