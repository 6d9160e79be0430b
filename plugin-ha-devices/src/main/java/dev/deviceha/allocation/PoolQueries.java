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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a set of hosts' devices as {@link AllocatableDevice}s. */
final class PoolQueries {
    private PoolQueries() {
    }

    static List<AllocatableDevice> load(Connection c, Collection<Long> hostIds) throws SQLException {
        if (hostIds.isEmpty()) {
            return List.of();
        }
        String in = hostIds.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        Map<Long, Set<Integer>> taken = takenSlots(c, in, hostIds);
        List<AllocatableDevice> pools = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.host_id, d.address, d.backing,"
                + " d.parent_address, d.mdev_type, d.numa_node, d.total_instances, d.state, d.cloudstack_managed,"
                + " d.held_elsewhere, t.kind, t.name"
                + " FROM dha_host_device d LEFT JOIN dha_device_tag t ON t.id = d.tag_id"
                + " WHERE d.host_id IN " + in + " ORDER BY d.id")) {
            bind(s, hostIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pools.add(pool(rs, taken.getOrDefault(rs.getLong("id"), Set.of())));
                }
            }
        }
        return pools;
    }

    private static AllocatableDevice pool(ResultSet rs, Set<Integer> taken) throws SQLException {
        DeviceBacking backing = DeviceBacking.valueOf(rs.getString("backing"));
        String tagKind = rs.getString("kind");
        TagRef tag = tagKind == null ? null : TagRef.of(DeviceKind.valueOf(tagKind), rs.getString("name"));
        String mdevType = rs.getString("mdev_type");
        int total = rs.getInt("total_instances");
        boolean allocatable = "PRESENT".equals(rs.getString("state")) && !rs.getBoolean("cloudstack_managed")
                && !rs.getBoolean("held_elsewhere");
        return new AllocatableDevice(rs.getLong("id"), rs.getLong("host_id"), rs.getString("address"), tag, backing,
                rs.getString("parent_address"), mdevType == null ? null : MdevTypeId.parse(mdevType),
                rs.getObject("numa_node", Integer.class),
                backing == DeviceBacking.MDEV_TYPE ? total : 1, allocatable, taken);
    }

    private static Map<Long, Set<Integer>> takenSlots(Connection c, String in, Collection<Long> hostIds)
            throws SQLException {
        Map<Long, Set<Integer>> taken = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT device_id, slot FROM dha_allocation WHERE host_id IN " + in)) {
            bind(s, hostIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getInt(2));
                }
            }
        }
        return taken;
    }

    private static void bind(PreparedStatement s, Collection<Long> hostIds) throws SQLException {
        int i = 1;
        for (long id : hostIds) {
            s.setLong(i++, id);
        }
    }
}
