package dev.deviceha.drill.report;

import java.util.Objects;

import dev.deviceha.model.assignment.AssignedDevice;

/**
 * One device of a VM on one host, as the report shows it: its tag, where it is on the host (PCI function, or mdev
 * parent and type) and the identity it must keep across hosts (MAC and VLAN, mdev UUID).
 */
public record DeviceView(String tag, String backing, String location, String mac, Integer vlan, String mdevUuid) {

    public static DeviceView of(AssignedDevice device) {
        String location = device.address() != null ? device.address().toString()
                : device.parent() + "/" + device.type();
        return new DeviceView(device.tag().toString(), device.backing().name(), location,
                device.mac() == null ? null : device.mac().value(),
                device.vlan() == null ? null : device.vlan().value(),
                device.mdevUuid() == null ? null : device.mdevUuid().value());
    }

    /** Same kind and tag, and the same identity: what a VM must get back on its new host. */
    public boolean keepsIdentityOf(DeviceView before) {
        return tag.equals(before.tag) && Objects.equals(mac, before.mac)
                && Objects.equals(vlan, before.vlan) && Objects.equals(mdevUuid, before.mdevUuid);
    }

    /** {@code SRIOV_VF/trading-net 0000:3b:02.0 mac 02:dc:00:00:00:01 vlan 100}. */
    public String describe() {
        StringBuilder text = new StringBuilder(tag).append(' ').append(location);
        if (mac != null) {
            text.append(" mac ").append(mac);
        }
        if (vlan != null) {
            text.append(" vlan ").append(vlan);
        }
        if (mdevUuid != null) {
            text.append(" uuid ").append(mdevUuid);
        }
        return text.toString();
    }
}
