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
            bind(s, hostIds);
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
        List<AllocatableDevice> pools = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.host_id, d.address, d.backing,"
                + " d.parent_address, d.mdev_type, d.numa_node, d.total_instances, d.state, d.cloudstack_managed,"
                + " d.held_elsewhere, t.kind, t.name"
                + " FROM dha_host_device d LEFT JOIN dha_device_tag t ON t.id = d.tag_id"
                + " WHERE d.host_id IN " + in + " ORDER BY d.id")) {
            bind(s, hostIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pools.add(DeviceColumns.read(rs).pool(taken.getOrDefault(rs.getLong("id"), Set.of())));
                }
            }
        }
        return new HostHoldings(pools, List.copyOf(held.values()));
    }

    private static void bind(PreparedStatement s, Collection<Long> hostIds) throws SQLException {
        int i = 1;
        for (long id : hostIds) {
            s.setLong(i++, id);
        }
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
