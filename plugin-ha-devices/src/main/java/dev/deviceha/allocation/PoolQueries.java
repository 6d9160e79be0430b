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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a set of hosts' devices as {@link AllocatableDevice}s, with their taken slots: placement asks for a cluster's
 * hosts at once, so the cost is a fixed number of round trips whatever the number of hosts or devices.
 */
final class PoolQueries {
    /** The columns {@link DeviceColumns#read} reads, in its order; whether a device can be given is decided here. */
    private static final String DEVICE_COLUMNS = "d.id, d.host_id, d.address, d.backing, d.parent_address, d.mdev_type,"
            + " d.numa_node, d.total_instances,"
            + " d.state = 'PRESENT' AND NOT d.cloudstack_managed AND NOT d.held_elsewhere, d.tag_id, t.kind, t.name";

    private PoolQueries() {
    }

    /**
     * The hosts' devices of the given tags, with their taken slots, in two statements: the slots taken on those
     * hosts, then the devices. Two reads send fewer rows than one joined read (a device with many taken slots would
     * repeat its columns once per slot), and the database builds no joined result to sort. When a vGPU tag is asked
     * for, every vGPU device of the hosts is read: a unit taken of another type commits its physical GPU to that type.
     */
    static List<AllocatableDevice> load(Connection c, Collection<Long> hostIds, Set<TagRef> tags) throws SQLException {
        if (hostIds.isEmpty() || tags.isEmpty()) {
            return List.of();
        }
        String in = placeholders(hostIds.size());
        boolean vgpuSiblings = tags.stream().anyMatch(tag -> tag.kind() == DeviceKind.VGPU);
        String tagMatch = tags.stream().map(tag -> "(t.kind = ? AND t.name = ?)")
                .collect(Collectors.joining(" OR ", "(", vgpuSiblings ? " OR t.kind = 'VGPU')" : ")"));
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
        List<AllocatableDevice> pools = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + DEVICE_COLUMNS
                // STRAIGHT_JOIN: left to itself, the optimizer starts from the few matching tags and joins the hosts'
                // devices in a block-nested loop, twenty times slower than walking the hosts' devices by index.
                + " FROM dha_host_device d STRAIGHT_JOIN dha_device_tag t ON t.id = d.tag_id"
                + " WHERE d.host_id IN " + in + " AND " + tagMatch)) {
            int i = bind(s, hostIds);
            for (TagRef tag : tags) {
                s.setString(i++, tag.kind().name());
                s.setString(i++, tag.name().value());
            }
            RowValues values = new RowValues();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    DeviceColumns device = DeviceColumns.read(rs, values);
                    pools.add(device.pool(taken.getOrDefault(device.id(), Set.of())));
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
        String in = placeholders(hostIds.size());
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
        try (PreparedStatement s = c.prepareStatement("SELECT " + DEVICE_COLUMNS
                + " FROM dha_host_device d LEFT JOIN dha_device_tag t ON t.id = d.tag_id"
                + " WHERE d.host_id IN " + in + " ORDER BY d.id")) {
            bind(s, hostIds);
            RowValues values = new RowValues();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    DeviceColumns device = DeviceColumns.read(rs, values);
                    pools.add(device.pool(taken.getOrDefault(device.id(), Set.of())));
                }
            }
        }
        return new HostHoldings(pools, List.copyOf(held.values()));
    }

    private static String placeholders(int count) {
        return "(" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    /** Binds the host ids from the first parameter on; returns the next parameter's index. */
    private static int bind(PreparedStatement s, Collection<Long> hostIds) throws SQLException {
        int i = 1;
        for (long id : hostIds) {
            s.setLong(i++, id);
        }
        return i;
    }

    /**
     * Tags and vGPU types made once per read: a cluster's devices repeat a handful of them, and decoding and parsing
     * (which validates) each row's strings again was a visible share of a placement call.
     */
    private static final class RowValues {
        private final Map<Long, TagRef> tags = new HashMap<>();
        private final Map<String, MdevTypeId> types = new HashMap<>();

        /** The row's tag by its id; its kind and name are read from the first row that has it. */
        TagRef tag(ResultSet rs) throws SQLException {
            long id = rs.getLong(10);
            if (rs.wasNull()) {
                return null;
            }
            TagRef tag = tags.get(id);
            if (tag == null) {
                tag = TagRef.of(DeviceKind.valueOf(rs.getString(11)), rs.getString(12));
                tags.put(id, tag);
            }
            return tag;
        }

        MdevTypeId type(String value) {
            return value == null ? null : types.computeIfAbsent(value, MdevTypeId::parse);
        }
    }

    /** A device's own columns; its taken slots are read apart. */
    private record DeviceColumns(long id, long hostId, String address, TagRef tag, DeviceBacking backing,
            String parentAddress, MdevTypeId type, Integer numaNode, int capacity, boolean allocatable) {

        /** Reads the columns of {@link #DEVICE_COLUMNS}. */
        static DeviceColumns read(ResultSet rs, RowValues values) throws SQLException {
            DeviceBacking backing = DeviceBacking.valueOf(rs.getString(4));
            int total = rs.getInt(8);
            return new DeviceColumns(rs.getLong(1), rs.getLong(2), rs.getString(3), values.tag(rs), backing,
                    rs.getString(5), values.type(rs.getString(6)), rs.getObject(7, Integer.class),
                    backing == DeviceBacking.MDEV_TYPE ? total : 1, rs.getBoolean(9));
        }

        AllocatableDevice pool(Set<Integer> taken) {
            return new AllocatableDevice(id, hostId, address, tag, backing, parentAddress, type, numaNode, capacity,
                    allocatable, taken);
        }
    }
}
