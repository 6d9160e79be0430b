package dev.deviceha.model.rules;

import dev.deviceha.model.CanonicalUuid;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.PciId;
import dev.deviceha.model.inventory.HostDevice;
import java.util.UUID;

/**
 * Which devices a tag rule picks: every criterion given must hold (AND); at least one must be given, so a rule
 * cannot silently claim every device of a kind. Criteria that are null are not checked.
 *
 * @param netdev  glob over the device's interface name; for a VF that is its PF's name
 * @param address exact PCI address or glob over its canonical form
 */
public record DeviceSelector(
        PciId vendorId,
        PciId productId,
        NetdevGlob netdev,
        PciAddressGlob address,
        UUID hostUuid,
        UUID clusterUuid) {
    public DeviceSelector {
        if (vendorId == null && productId == null && netdev == null && address == null && hostUuid == null
                && clusterUuid == null) {
            throw new InvalidValueException("device selector", "",
                    "give at least one of vendor id, product id, interface name, PCI address, host, cluster");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when every given criterion holds for the device on that host; device fields that do not parse fail. */
    public boolean matches(HostDevice device, HostContext host) {
        return (vendorId == null || vendorId.equals(pciIdOrNull(device.vendorId())))
                && (productId == null || productId.equals(pciIdOrNull(device.productId())))
                && (netdev == null || netdev.matches(device.netdev()))
                && (address == null || matchesAddress(device.address()))
                && (hostUuid == null || hostUuid.equals(host.hostUuid()))
                && (clusterUuid == null || clusterUuid.equals(host.clusterUuid()));
    }

    private boolean matchesAddress(String value) {
        try {
            return address.matches(PciAddress.parse(value));
        } catch (InvalidValueException notAPciFunction) {
            return false;
        }
    }

    private static PciId pciIdOrNull(String value) {
        try {
            return value == null ? null : PciId.parse(value);
        } catch (InvalidValueException unreadable) {
            return null;
        }
    }

    /** Takes each criterion as text (API parameter, scenario file) and validates it on the way in. */
    public static final class Builder {
        private PciId vendorId;
        private PciId productId;
        private NetdevGlob netdev;
        private PciAddressGlob address;
        private UUID hostUuid;
        private UUID clusterUuid;

        private Builder() {
        }

        public Builder vendorId(String value) { this.vendorId = PciId.parse(value); return this; }
        public Builder productId(String value) { this.productId = PciId.parse(value); return this; }
        public Builder netdev(String value) { this.netdev = NetdevGlob.parse(value); return this; }
        public Builder address(String value) { this.address = PciAddressGlob.parse(value); return this; }

        public Builder hostUuid(String value) {
            this.hostUuid = CanonicalUuid.parse("host UUID", value);
            return this;
        }

        public Builder clusterUuid(String value) {
            this.clusterUuid = CanonicalUuid.parse("cluster UUID", value);
            return this;
        }

        public DeviceSelector build() {
            return new DeviceSelector(vendorId, productId, netdev, address, hostUuid, clusterUuid);
        }
    }
}
