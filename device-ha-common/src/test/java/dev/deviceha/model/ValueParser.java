package dev.deviceha.model;

import java.util.List;
import java.util.function.Function;

/**
 * One way of reading a value type from text, with the name its errors must carry and a valid sample that hostile
 * variants are derived from.
 */
record ValueParser(String label, String what, String sample, Function<String, Object> parse) {

    static List<ValueParser> all() {
        return List.of(
                new ValueParser("PciAddress.parse", "PCI address", "0000:ae:00.1", PciAddress::parse),
                new ValueParser("MdevUuid.parse", "mdev UUID", "0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4d",
                        MdevUuid::parse),
                new ValueParser("new MdevUuid", "mdev UUID", "0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4d", MdevUuid::new),
                new ValueParser("CanonicalUuid.parse", "host UUID", "6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b10",
                        value -> CanonicalUuid.parse("host UUID", value)),
                new ValueParser("MdevTypeId.parse", "mdev type id", "nvidia-230", MdevTypeId::parse),
                new ValueParser("MacAddress.parse", "MAC address", "02:ae:00:00:00:01", MacAddress::parse),
                new ValueParser("new MacAddress", "MAC address", "02:ae:00:00:00:01", MacAddress::new),
                new ValueParser("MacPrefix.parse", "MAC prefix", "02:ae", MacPrefix::parse),
                new ValueParser("VlanId.parse", "VLAN id", "100", VlanId::parse),
                new ValueParser("TagName.parse", "tag name", "trading-net-2", TagName::parse),
                new ValueParser("TagRef.parse", "device tag", "SRIOV_VF/trading-net-2", TagRef::parse),
                new ValueParser("DeviceKind.parse", "device kind", "SRIOV_VF", DeviceKind::parse),
                new ValueParser("DeviceKind.parse lower", "device kind", "pci", DeviceKind::parse),
                new ValueParser("NumaPolicy.parse", "NUMA policy", "required", NumaPolicy::parse),
                new ValueParser("NumaPolicy.parse upper", "NUMA policy", "PREFERRED", NumaPolicy::parse),
                new ValueParser("PciId.parse", "PCI id", "10de", PciId::parse));
    }

    @Override
    public String toString() {
        return label;
    }
}
