package dev.deviceha.allocation;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a set of hosts' devices as {@link AllocatableDevice}s, with their taken slots, in one statement: placement
 * asks for a cluster's hosts at once, so the cost is one round trip whatever the number of hosts or devices.
 */
final class PoolQueries {
    private PoolQueries() {
    }

    static List<AllocatableDevice> load(Connection c, Collection<Long> hostIds) throws SQLException {
        if (hostIds.isEmpty()) {
            return List.of();
        }
        String in = hostIds.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        List<AllocatableDevice> pools = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.host_id, d.address, d.backing,"
                + " d.parent_address, d.mdev_type, d.numa_node, d.total_instances, d.state, d.cloudstack_managed,"
                + " d.held_elsewhere, t.kind, t.name, a.slot"
                + " FROM dha_host_device d LEFT JOIN dha_device_tag t ON t.id = d.tag_id"
                + " LEFT JOIN dha_allocation a ON a.device_id = d.id"
                + " WHERE d.host_id IN " + in + " ORDER BY d.id")) {
            int i = 1;
            for (long id : hostIds) {
                s.setLong(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                long deviceId = -1;
                Set<Integer> taken = new HashSet<>();
                DeviceColumns device = null;
                while (rs.next()) {
                    if (rs.getLong("id") != deviceId) {
                        if (device != null) {
                            pools.add(device.pool(taken));
                        }
                        deviceId = rs.getLong("id");
                        device = DeviceColumns.read(rs);
                        taken = new HashSet<>();
                    }
                    int slot = rs.getInt("slot");
                    if (!rs.wasNull()) {
                        taken.add(slot);
                    }
                }
                if (device != null) {
                    pools.add(device.pool(taken));
                }
            }
        }
        return pools;
    }

    /** A device's own columns, read from the first of its rows (one row per taken slot). */
    private record DeviceColumns(long id, long hostId, String address, TagRef tag, DeviceBacking backing,
            String parentAddress, MdevTypeId type, Integer numaNode, int capacity, boolean allocatable) {

        static DeviceColumns read(ResultSet rs) throws SQLException {
            DeviceBacking backing = DeviceBacking.valueOf(rs.getString("backing"));
            String tagKind = rs.getString("kind");
            TagRef tag = tagKind == null ? null : TagRef.of(DeviceKind.valueOf(tagKind), rs.getString("name"));
            String mdevType = rs.getString("mdev_type");
            int total = rs.getInt("total_instances");
            boolean allocatable = "PRESENT".equals(rs.getString("state")) && !rs.getBoolean("cloudstack_managed")
                    && !rs.getBoolean("held_elsewhere");
            return new DeviceColumns(rs.getLong("id"), rs.getLong("host_id"), rs.getString("address"), tag, backing,
                    rs.getString("parent_address"), mdevType == null ? null : MdevTypeId.parse(mdevType),
                    rs.getObject("numa_node", Integer.class), backing == DeviceBacking.MDEV_TYPE ? total : 1,
                    allocatable);
        }

        AllocatableDevice pool(Set<Integer> taken) {
            return new AllocatableDevice(id, hostId, address, tag, backing, parentAddress, type, numaNode, capacity,
                    allocatable, taken);
        }
    }
}
