package dev.deviceha.model.inventory;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import java.util.Objects;

/**
 * One allocatable entry of a host's inventory as its agent reports it.
 *
 * <p>{@code address} is the entry's key on the host: the PCI address for a {@link DeviceBacking#PCI_FUNCTION} or
 * {@link DeviceBacking#NVIDIA_VGPU_VF}, and {@code <parent>/<type>} for a {@link DeviceBacking#MDEV_TYPE} pool,
 * whose capacity is {@code totalInstances}. Fields that do not apply, or that the host did not tell, are null.
 *
 * @param kind               what the device is for; null when the agent found a device no kind claims yet
 * @param parentAddress      the PF of a VF, the GPU (or GPU VF) of an mdev type, {@code hct} for HCT
 * @param vfIndex            the VF's index under its PF
 * @param netdev             for a VF the PF's network interface name, for a PF or NIC its own
 * @param type               mdev type id, or the NVIDIA vGPU type id of a VF-based vGPU
 * @param profileName        the type's human name, e.g. "GRID T4-1Q"
 * @param availableInstances instances that can still be created now
 * @param totalInstances     available plus existing instances
 * @param free               not used by a running domain nor by the host itself
 * @param usedBy             the domain (or host use, e.g. "host netdev eth2 up") that holds it, when not free
 */
public record HostDevice(
        DeviceKind kind,
        DeviceBacking backing,
        String address,
        String parentAddress,
        Integer vfIndex,
        String vendorId,
        String productId,
        String vendorName,
        String productName,
        Integer numaNode,
        String driver,
        Integer iommuGroup,
        String netdev,
        MdevTypeId type,
        String profileName,
        Integer availableInstances,
        Integer totalInstances,
        boolean free,
        String usedBy) {

    public HostDevice {
        Objects.requireNonNull(backing, "backing");
        Objects.requireNonNull(address, "address");
    }

    public static Builder builder(DeviceKind kind, DeviceBacking backing, String address) {
        return new Builder(kind, backing, address);
    }

    public Builder toBuilder() {
        Builder b = new Builder(kind, backing, address);
        b.parentAddress = parentAddress;
        b.vfIndex = vfIndex;
        b.vendorId = vendorId;
        b.productId = productId;
        b.vendorName = vendorName;
        b.productName = productName;
        b.numaNode = numaNode;
        b.driver = driver;
        b.iommuGroup = iommuGroup;
        b.netdev = netdev;
        b.type = type;
        b.profileName = profileName;
        b.availableInstances = availableInstances;
        b.totalInstances = totalInstances;
        b.free = free;
        b.usedBy = usedBy;
        return b;
    }

    /** Builds a HostDevice field by field: discovery fills what each source knows. */
    public static final class Builder {
        private final DeviceKind kind;
        private final DeviceBacking backing;
        private final String address;
        private String parentAddress;
        private Integer vfIndex;
        private String vendorId;
        private String productId;
        private String vendorName;
        private String productName;
        private Integer numaNode;
        private String driver;
        private Integer iommuGroup;
        private String netdev;
        private MdevTypeId type;
        private String profileName;
        private Integer availableInstances;
        private Integer totalInstances;
        private boolean free = true;
        private String usedBy;

        private Builder(DeviceKind kind, DeviceBacking backing, String address) {
            this.kind = kind;
            this.backing = backing;
            this.address = address;
        }

        public Builder parentAddress(String value) { this.parentAddress = value; return this; }
        public Builder vfIndex(Integer value) { this.vfIndex = value; return this; }
        public Builder vendorId(String value) { this.vendorId = value; return this; }
        public Builder productId(String value) { this.productId = value; return this; }
        public Builder vendorName(String value) { this.vendorName = value; return this; }
        public Builder productName(String value) { this.productName = value; return this; }
        public Builder numaNode(Integer value) { this.numaNode = value; return this; }
        public Builder driver(String value) { this.driver = value; return this; }
        public Builder iommuGroup(Integer value) { this.iommuGroup = value; return this; }
        public Builder netdev(String value) { this.netdev = value; return this; }
        public Builder type(MdevTypeId value) { this.type = value; return this; }
        public Builder profileName(String value) { this.profileName = value; return this; }
        public Builder availableInstances(Integer value) { this.availableInstances = value; return this; }
        public Builder totalInstances(Integer value) { this.totalInstances = value; return this; }

        /** Marks the device as held by {@code holder}; a device with no holder is free. */
        public Builder usedBy(String holder) {
            this.usedBy = holder;
            this.free = holder == null;
            return this;
        }

        public HostDevice build() {
            return new HostDevice(kind, backing, address, parentAddress, vfIndex, vendorId, productId, vendorName,
                    productName, numaNode, driver, iommuGroup, netdev, type, profileName, availableInstances,
                    totalInstances, free, usedBy);
        }
    }
}
