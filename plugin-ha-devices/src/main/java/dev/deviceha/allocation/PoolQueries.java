package dev.deviceha.allocation;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
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
import java.util.LinkedHashMap;
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
        return devices(c, in, hostIds, takenSlots(c, in, hostIds));
    }

    /** The devices and, from the same read of the allocations, what each VM holds per tag and NUMA policy. */
    static HostHoldings loadWithHoldings(Connection c, Collection<Long> hostIds) throws SQLException {
        if (hostIds.isEmpty()) {
            return new HostHoldings(List.of(), List.of());
        }
        String in = hostIds.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        Map<Long, Set<Integer>> taken = new HashMap<>();
        Map<Holding.Key, Holding> held = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT device_id, slot, vm_id, vm_instance_name, host_id,"
                + " tag_kind, tag_name, numa_policy FROM dha_allocation WHERE host_id IN " + in
                + " ORDER BY vm_id, id")) {
            bind(s, hostIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getInt(2));
                    String numa = rs.getString(8);
                    Holding.Key key = new Holding.Key(rs.getLong(3), rs.getLong(5),
                            TagRef.of(DeviceKind.valueOf(rs.getString(6)), rs.getString(7)),
                            numa == null ? NumaPolicy.NONE : NumaPolicy.parse(numa));
                    String instanceName = rs.getString(4);
                    held.merge(key, new Holding(key, instanceName, 1),
                            (a, b) -> new Holding(key, instanceName, a.units() + 1));
                }
            }
        }
        return new HostHoldings(devices(c, in, hostIds, taken), List.copyOf(held.values()));
    }

    private static List<AllocatableDevice> devices(Connection c, String in, Collection<Long> hostIds,
            Map<Long, Set<Integer>> taken) throws SQLException {
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
