package dev.deviceha.discovery.context;

import dev.deviceha.discovery.libvirt.DomainDeviceUse;
import dev.deviceha.discovery.libvirt.NodeDevices;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.discovery.sysfs.PciSysfs;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.HostUse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every device family reads during one scan: libvirt's node devices, the running domains' devices, the
 * existing mdevs, sysfs, the host's own use of devices, and the scan's warnings. PCI facts come from libvirt and fall
 * back to sysfs where libvirt omitted them.
 */
public record ScanContext(NodeDevices devices, DomainDeviceUse domainUse, MdevInstances mdevs, PciSysfs sysfs,
                          HostUse hostUse, Warnings warnings) {

    /**
     * One mdev type's pool {@code <parent>/<type>} with {@code total = available + existing}, followed by one entry
     * per existing instance, held by the running domain using it or free. {@code pool} holds what the family knows
     * of the parent; the type's facts are added here.
     */
    public List<HostDevice> mdevPool(HostDevice.Builder pool, String parentKey, MdevType type) {
        List<MdevInstance> existing = mdevs.of(parentKey, type.id());
        HostDevice built = pool.parentAddress(parentKey)
                .type(type.id())
                .profileName(type.name())
                .availableInstances(type.availableInstances())
                .totalInstances(type.availableInstances() + existing.size())
                .build();
        List<HostDevice> entries = new ArrayList<>();
        entries.add(built);
        for (MdevInstance instance : existing) {
            entries.add(instance.entryUnder(built, domainUse.holderOf(instance.uuid())));
        }
        return entries;
    }

    /** A builder pre-filled with the function's ids, names, NUMA node, driver and IOMMU group. */
    public HostDevice.Builder pciEntry(DeviceKind kind, DeviceBacking backing, String address, PciNodeDevice device) {
        return HostDevice.builder(kind, backing, address)
                .vendorId(device.vendorId())
                .productId(device.productId())
                .vendorName(device.vendorName())
                .productName(device.productName())
                .numaNode(device.numaNode() != null ? device.numaNode() : fromSysfs(device.address(), sysfs::numaNode))
                .driver(driver(device))
                .iommuGroup(device.iommuGroup() != null ? device.iommuGroup()
                        : fromSysfs(device.address(), sysfs::iommuGroup));
    }

    /** The bound driver from libvirt, else sysfs's {@code driver} link; null when unbound or unreadable (warned). */
    public String driver(PciNodeDevice device) {
        return device.driver() != null ? device.driver() : fromSysfs(device.address(), sysfs::driver);
    }

    /**
     * As {@link #driver}, for deciding the host's use: a {@code driver} link that loops or leaves sysfs is an
     * exception here, never taken for "unbound".
     */
    public String boundDriver(PciNodeDevice device) throws IOException {
        return device.driver() != null ? device.driver() : sysfs.driver(device.address()).orElse(null);
    }

    /** The class code from libvirt, else sysfs; null (with a warning) when neither tells. */
    public Integer classCode(PciNodeDevice device) {
        return device.classCode() != null ? device.classCode() : fromSysfs(device.address(), sysfs::classCode);
    }

    public void warn(PciAddress address, String problem) {
        warnings.add("PCI " + address, problem);
    }

    private <T> T fromSysfs(PciAddress address, SysfsRead<T> read) {
        try {
            return read.at(address).orElse(null);
        } catch (IOException | InvalidValueException e) {
            warn(address, "sysfs: " + e.getMessage());
            return null;
        }
    }

    @FunctionalInterface
    private interface SysfsRead<T> {
        Optional<T> at(PciAddress address) throws IOException;
    }
}
