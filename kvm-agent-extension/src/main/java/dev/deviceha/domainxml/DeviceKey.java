package dev.deviceha.domainxml;

import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;

/** What makes a passed-through device unique on a host: its PCI function or its mdev UUID. */
public record DeviceKey(String value) {
    public static DeviceKey pci(PciAddress address) {
        return new DeviceKey("pci " + address);
    }

    public static DeviceKey mdev(MdevUuid uuid) {
        return new DeviceKey("mdev " + uuid);
    }

    @Override
    public String toString() {
        return value;
    }
}
