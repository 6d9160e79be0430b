package dev.deviceha.inventory;

import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.DatabaseClock;
import dev.deviceha.persistence.HostDeviceLock;
import dev.deviceha.persistence.Sql;
import dev.deviceha.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes a host's report into the stored inventory: adds new devices, updates changed ones, marks vanished ones
 * MISSING (never deletes: allocations and history point at them) and records conflicts without resolving them.
 *
 * <p>It holds the host's lock (the one allocation takes) while it reads, reconciles and writes, so a report is
 * judged against allocations that cannot change underneath it. A device the host reports held by something no
 * allocation accounts for is flagged {@code held_elsewhere}, which keeps the allocator away from it; allocations
 * are never touched.
 */
public final class InventoryApplier {
    private static final Logger LOG = LogManager.getLogger(InventoryApplier.class);
    /** How long a fresh allocation may go unseen on its host: the VM's start takes a while. */
    public static final Duration DEFAULT_ALLOCATION_GRACE = Duration.ofMinutes(10);

    private final Transactions transactions;
    private final Supplier<Duration> allocationGrace;

    public InventoryApplier(DataSource dataSource) {
        this(dataSource, DEFAULT_ALLOCATION_GRACE);
    }

    public InventoryApplier(DataSource dataSource, Duration allocationGrace) {
        this(dataSource, () -> allocationGrace);
        Objects.requireNonNull(allocationGrace, "allocationGrace");
    }

    /** @param allocationGrace read on every report, so a changed setting applies without a restart */
    public InventoryApplier(DataSource dataSource, Supplier<Duration> allocationGrace) {
        this.transactions = new Transactions(dataSource);
        this.allocationGrace = Objects.requireNonNull(allocationGrace, "allocationGrace");
    }

    /**
     * Applies one complete report of the host's devices.
     *
     * @throws IllegalArgumentException when the report lists an address twice or a value too long to store;
     *                                  nothing is written then
     */
    public AppliedReport apply(HostRef host, List<HostDevice> reportedDevices) {
        List<HostDevice> reported =
                reportedDevices.stream().map(DeviceRows::storable).toList();
        AppliedReport applied = transactions.inTransaction("applying the device report of host " + host.hostId(),
                c -> apply(c, host, reported));
        log(host, applied);
        return applied;
    }

    private AppliedReport apply(Connection c, HostRef host, List<HostDevice> reported)
            throws SQLException {
        HostDeviceLock.lock(c, host.hostId());
        Instant now = DatabaseClock.now(c);
        List<StoredDevice> stored = InventoryRepository.devices(c, host.hostId());
        List<HeldUnit> held = heldUnits(c, host.hostId());
        Reconciliation reconciliation =
                InventoryReconciler.reconcile(reported, stored, held, now.minus(allocationGrace.get()));

        Set<String> heldElsewhere = new HashSet<>();
        reconciliation.conflicts().stream()
                .filter(conflict -> conflict.type() == ConflictType.IN_USE_BUT_UNALLOCATED)
                .forEach(conflict -> heldElsewhere.add(conflict.address()));
        Map<String, Long> ids = new HashMap<>();
        stored.forEach(device -> ids.put(device.address(), device.id()));
        Set<String> added = new HashSet<>();
        reconciliation.added().forEach(device -> added.add(device.address()));

        List<HostDevice> known = new ArrayList<>();
        for (var device : reported) {
            if (added.contains(device.address())) {
                ids.put(device.address(), insert(c, host, device, heldElsewhere.contains(device.address()), now));
            } else {
                known.add(device);
            }
        }
        update(c, known, ids, heldElsewhere, now);
        markMissing(c, reconciliation.vanished());
        ConflictLog.record(c, host.hostId(), reconciliation.conflicts(), ids, now);

        Set<String> vanished = new HashSet<>();
        reconciliation.vanished().forEach(device -> vanished.add(device.address()));
        List<HeldUnit> onVanished = held.stream().filter(unit -> vanished.contains(unit.address())).toList();
        return new AppliedReport(reconciliation, onVanished);
    }

    private static long insert(Connection c, HostRef host, HostDevice device,
            boolean heldElsewhere, Instant now) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(DeviceRows.REPORTED_COLUMN_COUNT, "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_host_device (uuid, host_id, cluster_id,"
                + " zone_id, address, " + DeviceRows.REPORTED_COLUMNS + ", held_elsewhere, state, first_seen,"
                + " last_seen) VALUES (?, ?, ?, ?, ?, " + placeholders + ", ?, 'PRESENT', ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, UUID.randomUUID().toString());
            s.setLong(2, host.hostId());
            Sql.setNullableLong(s, 3, host.clusterId());
            s.setLong(4, host.zoneId());
            s.setString(5, device.address());
            DeviceRows.bind(s, 6, device);
            int next = 6 + DeviceRows.REPORTED_COLUMN_COUNT;
            s.setBoolean(next, heldElsewhere);
            s.setObject(next + 1, utc(now));
            s.setObject(next + 2, utc(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every stored device the host reported again, in one batch: a report repeats most of a host's devices. */
    private static void update(Connection c, List<HostDevice> devices, Map<String, Long> ids,
            Set<String> heldElsewhere, Instant now) throws SQLException {
        String assignments = String.join(" = ?, ", DeviceRows.REPORTED_COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement s = c.prepareStatement("UPDATE dha_host_device SET " + assignments
                + ", held_elsewhere = ?, state = 'PRESENT', last_seen = ? WHERE id = ?")) {
            for (HostDevice device : devices) {
                DeviceRows.bind(s, 1, device);
                int next = 1 + DeviceRows.REPORTED_COLUMN_COUNT;
                s.setBoolean(next, heldElsewhere.contains(device.address()));
                s.setObject(next + 1, utc(now));
                s.setLong(next + 2, ids.get(device.address()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void markMissing(Connection c, List<StoredDevice> vanished) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE dha_host_device SET state = 'MISSING', held_elsewhere = FALSE WHERE id = ?")) {
            for (StoredDevice device : vanished) {
                s.setLong(1, device.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<HeldUnit> heldUnits(Connection c, long hostId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.address, a.vm_id, a.vm_instance_name, a.slot,"
                + " a.allocated_at FROM dha_allocation a JOIN dha_host_device d ON d.id = a.device_id"
                + " WHERE a.host_id = ? ORDER BY d.address, a.slot")) {
            s.setLong(1, hostId);
            List<HeldUnit> held = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    held.add(new HeldUnit(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
            return held;
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void log(HostRef host, AppliedReport applied) {
        Reconciliation r = applied.reconciliation();
        if (!r.added().isEmpty() || !r.changed().isEmpty() || !r.vanished().isEmpty()) {
            LOG.info("Host {} devices: {} added, {} changed, {} missing", host.hostId(), r.added().size(),
                    r.changed().size(), r.vanished().size());
        }
        for (InventoryConflict conflict : r.conflicts()) {
            LOG.warn("Host {} device {}: {} ({})", host.hostId(), conflict.address(), conflict.type(),
                    conflict.detail());
        }
        for (HeldUnit unit : applied.allocationsOnVanished()) {
            LOG.warn("Host {} no longer reports device {}, allocated to {}", host.hostId(), unit.address(),
                    unit.vmInstanceName());
        }
    }
}
