package dev.deviceha.discovery.scan;

import dev.deviceha.model.MdevTypeId;
import java.util.Objects;

/** An mdev type a parent offers, as libvirt's {@code mdev_types} capability or sysfs's type directory tells it. */
public record MdevType(MdevTypeId id, String name, String deviceApi, int availableInstances) {
    /** The only device API QEMU attaches for vGPU and HCT; other APIs (vfio-ccw, vfio-ap) are not ours. */
    public static final String VFIO_PCI = "vfio-pci";

    public MdevType {
        Objects.requireNonNull(id, "id");
    }

    public boolean isVfioPci() {
        return VFIO_PCI.equals(deviceApi);
    }
}
