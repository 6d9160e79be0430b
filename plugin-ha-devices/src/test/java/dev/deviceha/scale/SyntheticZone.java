package dev.deviceha.scale;

import dev.deviceha.model.TagRef;
import dev.deviceha.service.RequestDeclarations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

/**
 * A KVM zone at scale, written straight into the plugin's tables of a migrated database (loading it through the
 * report path would take minutes for 10,000 hosts; what is measured reads these rows as production writes them).
 *
 * <p>Hosts {@code 1..hosts}, 32 to a cluster (cluster {@code c} holds hosts {@code 32(c-1)+1 .. 32c}). Each host
 * has 45 inventory rows in 8 pools (tag and NUMA node): 16 {@code trading-net} VFs on each of NUMA nodes 0 and 1, 8
 * {@code storage-net} VFs on node 0, two T4-class GPUs (node 0 and 1) each offering the vGPU types {@code t4-2q}
 * (8 instances) and {@code t4-4q} (4), and one HCT pool of 16 instances on node 0. About 30% of the units are held
 * by device VMs (about 7 per host) of three kinds, placed by a {@link Random} of a fixed seed.
 */
public final class SyntheticZone {
    public static final int HOSTS_PER_CLUSTER = 32;
    public static final long ZONE_ID = 1;
    public static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    public static final TagRef STORAGE_NET = TagRef.parse("SRIOV_VF/storage-net");
    public static final TagRef T4_2Q = TagRef.parse("VGPU/t4-2q");
    public static final TagRef T4_4Q = TagRef.parse("VGPU/t4-4q");
    public static final TagRef SM_CRYPTO = TagRef.parse("HCT/sm-crypto");
    /** The VM placement is measured for: three requests, one of them NUMA-bound. */
    public static final String PLANNED_VM_REQUESTS =
            "SRIOV_VF/trading-net;count=2;numa=required,VGPU/t4-2q,HCT/sm-crypto";
    /** Ids of VMs that are not in the zone's allocations, for VMs a benchmark or test adds. */
    public static final long FIRST_FREE_VM_ID = 10_000_000;

    private static final String[] TRADING_PFS = {"0000:3b:00.0", "0000:86:00.0"};
    private static final String STORAGE_PF = "0000:5e:00.0";
    private static final String[] GPUS = {"0000:af:00.0", "0000:d8:00.0"};
    private static final String HCT_PARENT = "hct";
    private static final VmKind[] KINDS = {
        new VmKind("SRIOV_VF/trading-net;count=2;numa=required,HCT/sm-crypto"),
        new VmKind("SRIOV_VF/storage-net,SRIOV_VF/trading-net"),
        new VmKind("VGPU/t4-2q"),
        new VmKind("VGPU/t4-4q"),
    };

    /**
     * The 64 VMs that fill one host for a failover storm, by request: 8 with two trading VFs on one node, 16 with
     * one trading VF, 8 with a storage VF, 16 with an HCT unit and 16 with a t4-2q vGPU (8 on each GPU).
     */
    private static final Map<String, Integer> STORM_VMS = stormVms();

    private final int hosts;
    private final Map<Long, String> requestsByVm;

    private SyntheticZone(int hosts, Map<Long, String> requestsByVm) {
        this.hosts = hosts;
        this.requestsByVm = requestsByVm;
    }

    /** Writes the zone into the (migrated, empty) database at {@code jdbcUrl}, user root without password. */
    public static SyntheticZone load(String jdbcUrl, int hosts, long seed) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            try (Statement s = c.createStatement()) {
                // Rows generated here are consistent by construction; checking each key on insert only slows loading.
                s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            }
            c.setAutoCommit(false);
            Map<TagRef, Long> tagIds = insertTags(c);
            Map<Long, String> requestsByVm = new LinkedHashMap<>();
            Random random = new Random(seed);
            long nextVm = 1;
            for (long first = 1; first <= hosts; first += 500) {
                long last = Math.min(hosts, first + 499);
                Map<Long, List<Long>> deviceIds = insertDevices(c, first, last, tagIds);
                nextVm = insertVms(c, first, last, deviceIds, random, nextVm, requestsByVm);
                c.commit();
            }
            settle(c);
            return new SyntheticZone(hosts, requestsByVm);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the synthetic zone: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every index the plugin's queries use once: InnoDB buffers secondary-index inserts and merges them on
     * first read, which would otherwise fall on the first calls measured (a cost of loading, not of the zone).
     */
    private static void settle(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String index : List.of("dha_host_device FORCE INDEX (uq_dha_host_device_address)",
                    "dha_host_device FORCE INDEX (ix_dha_host_device_tag)",
                    "dha_host_device FORCE INDEX (ix_dha_host_device_pools)",
                    "dha_allocation FORCE INDEX (uq_dha_allocation_unit)",
                    "dha_allocation FORCE INDEX (ix_dha_allocation_host_unit)",
                    "dha_allocation FORCE INDEX (ix_dha_allocation_vm_host)")) {
                s.executeQuery("SELECT COUNT(*) FROM " + index).close();
            }
        }
    }

    public int hosts() {
        return hosts;
    }

    public int clusters() {
        return (hosts + HOSTS_PER_CLUSTER - 1) / HOSTS_PER_CLUSTER;
    }

    public static long clusterOf(long hostId) {
        return (hostId - 1) / HOSTS_PER_CLUSTER + 1;
    }

    public List<Long> hostsOfCluster(long clusterId) {
        long first = (clusterId - 1) * HOSTS_PER_CLUSTER + 1;
        return LongStream.rangeClosed(first, Math.min(hosts, first + HOSTS_PER_CLUSTER - 1)).boxed().toList();
    }

    /**
     * Replaces what the host's VMs hold with 64 VMs that use every unit of it (ids from {@link #FIRST_FREE_VM_ID}),
     * the start of a failover storm: those VMs are the ones HA restarts when the host fails. Returns their ids.
     */
    public List<Long> fillForStorm(String jdbcUrl, long hostId) {
        List<Long> vms = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            List<Long> deviceIds = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM dha_host_device WHERE host_id = ? ORDER BY id")) {
                s.setLong(1, hostId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        deviceIds.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_allocation WHERE host_id = ?")) {
                s.setLong(1, hostId);
                s.executeUpdate();
            }
            long vm = FIRST_FREE_VM_ID + 1;
            HostUnits units = new HostUnits(hostId, deviceIds, new Random(hostId));
            try (MultiRowInsert insert = new MultiRowInsert(c, "INSERT INTO dha_allocation (vm_id, vm_instance_name,"
                    + " host_id, device_id, slot, tag_kind, tag_name, allocated_at) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3) - INTERVAL 1 DAY)")) {
                int node = 0;
                for (Map.Entry<String, Integer> kind : STORM_VMS.entrySet()) {
                    for (int i = 0; i < kind.getValue(); i++, vm++) {
                        switch (kind.getKey()) {
                            case "SRIOV_VF/trading-net;count=2;numa=required" -> {
                                units.vf(insert, vm, TRADING_NET, node % 2);
                                units.vf(insert, vm, TRADING_NET, node++ % 2);
                            }
                            case "SRIOV_VF/trading-net" -> units.vf(insert, vm, TRADING_NET, node++ % 2);
                            case "SRIOV_VF/storage-net" -> units.vf(insert, vm, STORAGE_NET, 0);
                            case "HCT/sm-crypto" -> units.hct(insert, vm);
                            default -> units.vgpu(insert, vm, i % 2, true);
                        }
                        requestsByVm.put(vm, kind.getKey());
                        vms.add(vm);
                    }
                }
            }
            return vms;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fill host " + hostId + " for the storm: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> stormVms() {
        Map<String, Integer> vms = new LinkedHashMap<>();
        vms.put("SRIOV_VF/trading-net;count=2;numa=required", 8);
        vms.put("SRIOV_VF/trading-net", 16);
        vms.put("SRIOV_VF/storage-net", 8);
        vms.put("HCT/sm-crypto", 16);
        vms.put("VGPU/t4-2q", 16);
        return Collections.unmodifiableMap(vms);
    }

    /** The VMs holding devices, by id. */
    public List<Long> deviceVms() {
        return List.copyOf(requestsByVm.keySet());
    }

    /** The {@code deviceha.requests} detail of a VM of the zone. */
    public Optional<String> requestsOf(long vmId) {
        return Optional.ofNullable(requestsByVm.get(vmId));
    }

    /** VM details as CloudStack keeps them, here the zone's: no offering details, the VM's own from {@code vmDetail}. */
    public static RequestDeclarations vmDetails(LongFunction<Optional<String>> vmDetail) {
        return new RequestDeclarations() {
            @Override
            public Optional<String> offeringDetail(long vmId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> vmDetail(long vmId) {
                return vmDetail.apply(vmId);
            }
        };
    }

    public static String instanceName(long vmId) {
        return "i-2-" + vmId + "-VM";
    }

    private static Map<TagRef, Long> insertTags(Connection c) throws SQLException {
        Map<TagRef, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_device_tag (uuid, kind, name, origin,"
                + " created_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
            for (TagRef tag : List.of(TRADING_NET, STORAGE_NET, T4_2Q, T4_4Q, SM_CRYPTO)) {
                s.setString(1, UUID.nameUUIDFromBytes(tag.toString().getBytes()).toString());
                s.setString(2, tag.kind().name());
                s.setString(3, tag.name().value());
                s.setString(4, tag.kind().name().equals("VGPU") ? "GENERATED" : "ADMIN");
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.put(tag, keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** One host's rows in the order inserted: 32 trading VFs, 8 storage VFs, 4 vGPU pools, 1 HCT pool. */
    private static List<Row> rowsOf() {
        List<Row> rows = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            for (int vf = 0; vf < 16; vf++) {
                rows.add(Row.vf(TRADING_PFS[node], vf, node, TRADING_NET));
            }
        }
        for (int vf = 0; vf < 8; vf++) {
            rows.add(Row.vf(STORAGE_PF, vf, 0, STORAGE_NET));
        }
        for (int node = 0; node < 2; node++) {
            rows.add(Row.mdev(GPUS[node], "nvidia-222", 8, node, T4_2Q));
            rows.add(Row.mdev(GPUS[node], "nvidia-223", 4, node, T4_4Q));
        }
        rows.add(Row.mdev(HCT_PARENT, "hct_sm", 16, 0, SM_CRYPTO));
        return rows;
    }

    /**
     * The hosts' rows are generated by the server from one host's rows (a temporary table) and the host ids: one
     * INSERT ... SELECT per 500 hosts instead of sending 22,500 rows. UUIDs are derived from host and row.
     */
    private static Map<Long, List<Long>> insertDevices(Connection c, long firstHost, long lastHost,
            Map<TagRef, Long> tagIds) throws SQLException {
        List<Row> rows = rowsOf();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS zone_row (n INT, address VARCHAR(160), kind VARCHAR(16),"
                    + " backing VARCHAR(24), parent_address VARCHAR(64), vf_index INT, vendor_id VARCHAR(8),"
                    + " product_id VARCHAR(8), numa_node INT, driver VARCHAR(64), mdev_type VARCHAR(64),"
                    + " profile_name VARCHAR(255), instances INT, tag_id BIGINT, tag_source VARCHAR(16))");
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS zone_host (id BIGINT)");
            s.execute("DELETE FROM zone_row");
            s.execute("DELETE FROM zone_host");
        }
        try (MultiRowInsert insert = new MultiRowInsert(c, "INSERT INTO zone_row VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < rows.size(); n++) {
                Row row = rows.get(n);
                boolean vf = row.type() == null;
                insert.add(n, row.address(), row.tag().kind().name(), vf ? "PCI_FUNCTION" : "MDEV_TYPE",
                        row.parent(), row.vfIndex(), vf ? "15b3" : "10de", vf ? "101e" : "1eb8", row.node(),
                        vf ? "vfio-pci" : null, row.type(), vf ? null : "profile " + row.type(),
                        vf ? null : row.instances(), tagIds.get(row.tag()),
                        row.tag().kind().name().equals("VGPU") ? "GENERATED" : "RULE");
            }
        }
        try (MultiRowInsert insert = new MultiRowInsert(c, "INSERT INTO zone_host VALUES ", "(?)")) {
            for (long host = firstHost; host <= lastHost; host++) {
                insert.add(host);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_host_device (uuid, host_id, cluster_id,"
                + " zone_id, address, kind, backing, parent_address, vf_index, vendor_id, product_id, numa_node,"
                + " driver, mdev_type, profile_name, available_instances, total_instances, reported_free, tag_id,"
                + " tag_source, state, first_seen, last_seen)"
                + " SELECT CONCAT(LPAD(HEX(h.id), 8, '0'), '-0000-4000-8000-', LPAD(HEX(r.n), 12, '0')), h.id,"
                + " (h.id - 1) DIV " + HOSTS_PER_CLUSTER + " + 1, ?, r.address, r.kind, r.backing, r.parent_address,"
                + " r.vf_index, r.vendor_id, r.product_id, r.numa_node, r.driver, r.mdev_type, r.profile_name,"
                + " r.instances, r.instances, TRUE, r.tag_id, r.tag_source, 'PRESENT', UTC_TIMESTAMP(3),"
                + " UTC_TIMESTAMP(3) FROM zone_host h CROSS JOIN zone_row r ORDER BY h.id, r.n")) {
            s.setLong(1, ZONE_ID);
            s.executeUpdate();
        }
        Map<String, Integer> indexByAddress = new HashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            indexByAddress.put(rows.get(n).address(), n);
        }
        Map<Long, List<Long>> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT host_id, address, id FROM dha_host_device"
                + " WHERE host_id BETWEEN ? AND ?")) {
            s.setLong(1, firstHost);
            s.setLong(2, lastHost);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Long> host = ids.computeIfAbsent(rs.getLong(1),
                            h -> new ArrayList<>(Collections.nCopies(rows.size(), 0L)));
                    host.set(indexByAddress.get(rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return ids;
    }

    /**
     * About 30% of each host's units to VMs: three or four traders (2 trading VFs on one node and an HCT unit), two
     * storage VMs (a storage and a trading VF), and vGPU VMs on most GPUs, each GPU running the one type its first
     * VM chose.
     */
    private static long insertVms(Connection c, long firstHost, long lastHost, Map<Long, List<Long>> deviceIds,
            Random random, long firstVm, Map<Long, String> requestsByVm) throws SQLException {
        long vm = firstVm;
        try (MultiRowInsert s = new MultiRowInsert(c, "INSERT INTO dha_allocation (vm_id, vm_instance_name,"
                + " host_id, device_id, slot, tag_kind, tag_name, allocated_at) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3) - INTERVAL 1 DAY)")) {
            for (long host = firstHost; host <= lastHost; host++) {
                HostUnits units = new HostUnits(host, deviceIds.get(host), random);
                int traders = 3 + random.nextInt(2);
                for (int i = 0; i < traders; i++, vm++) {
                    int node = random.nextInt(2);
                    units.vf(s, vm, TRADING_NET, node);
                    units.vf(s, vm, TRADING_NET, node);
                    units.hct(s, vm);
                    requestsByVm.put(vm, KINDS[0].requests());
                }
                for (int i = 0; i < 2; i++, vm++) {
                    units.vf(s, vm, STORAGE_NET, 0);
                    units.vf(s, vm, TRADING_NET, random.nextInt(2));
                    requestsByVm.put(vm, KINDS[1].requests());
                }
                for (int gpu = 0; gpu < 2; gpu++) {
                    if (random.nextInt(3) > 0) {
                        boolean small = random.nextBoolean();
                        int count = small ? 2 + random.nextInt(2) : 1;
                        for (int i = 0; i < count; i++, vm++) {
                            units.vgpu(s, vm, gpu, small);
                            requestsByVm.put(vm, KINDS[small ? 2 : 3].requests());
                        }
                    }
                }
            }
        }
        return vm;
    }

    /** One host's device ids by the order of {@link #rowsOf}, and the slots handed out so far. */
    private static final class HostUnits {
        private final long host;
        private final List<Long> ids;
        private final Random random;
        private final Map<Integer, Integer> nextSlot = new HashMap<>();

        HostUnits(long host, List<Long> ids, Random random) {
            this.host = host;
            this.ids = ids;
            this.random = random;
        }

        void vf(MultiRowInsert s, long vm, TagRef tag, int node) throws SQLException {
            int first = tag.equals(TRADING_NET) ? node * 16 : 32;
            int size = tag.equals(TRADING_NET) ? 16 : 8;
            for (int tries = 0; tries < 64; tries++) {
                int index = first + random.nextInt(size);
                if (!nextSlot.containsKey(index)) {
                    take(s, vm, index, tag);
                    return;
                }
            }
            throw new IllegalStateException("no free VF of " + tag + " on host " + host);
        }

        void vgpu(MultiRowInsert s, long vm, int gpu, boolean small) throws SQLException {
            take(s, vm, 40 + 2 * gpu + (small ? 0 : 1), small ? T4_2Q : T4_4Q);
        }

        void hct(MultiRowInsert s, long vm) throws SQLException {
            take(s, vm, 44, SM_CRYPTO);
        }

        private void take(MultiRowInsert s, long vm, int index, TagRef tag) throws SQLException {
            int slot = nextSlot.merge(index, 1, Integer::sum) - 1;
            s.add(vm, instanceName(vm), host, ids.get(index), slot, tag.kind().name(), tag.name().value());
        }
    }

    /** INSERTs of many rows per statement: loading 10,000 hosts row by row would take minutes. */
    private static final class MultiRowInsert implements AutoCloseable {
        private static final int ROWS_PER_STATEMENT = 1000;
        private final Connection c;
        private final String head;
        private final String row;
        private final List<Object[]> pending = new ArrayList<>();

        MultiRowInsert(Connection c, String head, String row) {
            this.c = c;
            this.head = head;
            this.row = row;
        }

        void add(Object... values) throws SQLException {
            pending.add(values);
            if (pending.size() == ROWS_PER_STATEMENT) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(head + String.join(", ",
                    Collections.nCopies(pending.size(), row)))) {
                int i = 1;
                for (Object[] values : pending) {
                    for (Object value : values) {
                        s.setObject(i++, value);
                    }
                }
                s.executeUpdate();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
        }
    }

    private record Row(String address, String parent, Integer vfIndex, String type, int instances, int node,
            TagRef tag) {
        static Row vf(String pf, int index, int node, TagRef tag) {
            String bus = pf.substring(0, 8);
            String address = String.format("%s%02x.%d", bus, 1 + index / 8, index % 8);
            return new Row(address, pf, index, null, 1, node, tag);
        }

        static Row mdev(String parent, String type, int instances, int node, TagRef tag) {
            return new Row(parent + "/" + type, parent, null, type, instances, node, tag);
        }
    }

    private record VmKind(String requests) {
    }
}
