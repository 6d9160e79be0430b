package dev.deviceha.inventory;

import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.DatabaseClock;
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
import java.util.TreeMap;
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

    /**
     * An unchanged report costs two statements: the locking read ({@link HostSnapshot}) and one UPDATE of
     * {@code last_seen} for all of the host's devices. Only devices whose stored row differs are written one by one;
     * conflicts are read only when the host has open ones or the report shows some.
     */
    private AppliedReport apply(Connection c, HostRef host, List<HostDevice> reported)
            throws SQLException {
        HostSnapshot snapshot = HostSnapshot.lockAndRead(c, host.hostId());
        Instant now = snapshot.now().isPresent() ? snapshot.now().get() : DatabaseClock.now(c);
        List<StoredDevice> stored = snapshot.stored();
        Reconciliation reconciliation =
                InventoryReconciler.reconcile(reported, stored, snapshot.held(), now.minus(allocationGrace.get()));

        Set<String> heldElsewhere = new HashSet<>();
        reconciliation.conflicts().stream()
                .filter(conflict -> conflict.type() == ConflictType.IN_USE_BUT_UNALLOCATED)
                .forEach(conflict -> heldElsewhere.add(conflict.address()));
        Map<String, InventoryEntry> before = new HashMap<>();
        snapshot.entries().forEach(entry -> before.put(entry.stored().address(), entry));
        Map<String, Long> ids = new HashMap<>();
        stored.forEach(device -> ids.put(device.address(), device.id()));
        Set<String> vanished = new HashSet<>();
        reconciliation.vanished().forEach(device -> vanished.add(device.address()));

        Map<String, InventoryEntry> after = new TreeMap<>();
        List<HostDevice> rewritten = new ArrayList<>();
        boolean unchangedSeen = false;
        for (HostDevice device : reported) {
            InventoryEntry known = before.get(device.address());
            boolean held = heldElsewhere.contains(device.address());
            if (known == null) {
                String uuid = UUID.randomUUID().toString();
                long id = insert(c, host, uuid, device, held, now);
                ids.put(device.address(), id);
                after.put(device.address(), new InventoryEntry(new StoredDevice(id, device, DeviceState.PRESENT,
                        null, false), uuid, host.hostId(), host.clusterId(), host.zoneId(), null));
                continue;
            }
            StoredDevice was = known.stored();
            if (!was.device().equals(device) || was.state() != DeviceState.PRESENT
                    || snapshot.heldElsewhere().contains(was.id()) != held) {
                rewritten.add(device);
            } else {
                unchangedSeen = true;
            }
            after.put(device.address(), with(known, device, DeviceState.PRESENT));
        }
        if (unchangedSeen) {
            touch(c, host.hostId(), reconciliation.vanished(), now);
        }
        update(c, rewritten, ids, heldElsewhere, now);
        markMissing(c, reconciliation.vanished());
        for (InventoryEntry entry : snapshot.entries()) {
            String address = entry.stored().address();
            after.putIfAbsent(address, vanished.contains(address)
                    ? with(entry, entry.stored().device(), DeviceState.MISSING) : entry);
        }
        if (snapshot.conflictsOpen() || !reconciliation.conflicts().isEmpty()) {
            ConflictLog.record(c, host.hostId(), reconciliation.conflicts(), ids, now);
        }
        List<HeldUnit> onVanished =
                snapshot.held().stream().filter(unit -> vanished.contains(unit.address())).toList();
        return new AppliedReport(reconciliation, onVanished, List.copyOf(after.values()));
    }

    private static InventoryEntry with(InventoryEntry entry, HostDevice device, DeviceState state) {
        StoredDevice was = entry.stored();
        return new InventoryEntry(new StoredDevice(was.id(), device, state, was.tag(), was.cloudstackManaged()),
                entry.uuid(), entry.hostId(), entry.clusterId(), entry.zoneId(), entry.tagSource());
    }

    /**
     * {@code last_seen} of every present device the report repeats, in one statement: the host's present devices
     * but the vanished ones (usually none). Devices rewritten afterwards get the same time again.
     */
    private static void touch(Connection c, long hostId, List<StoredDevice> vanished, Instant now)
            throws SQLException {
        String notVanished = vanished.isEmpty() ? ""
                : " AND id NOT IN (" + String.join(", ", Collections.nCopies(vanished.size(), "?")) + ")";
        try (PreparedStatement s = c.prepareStatement("UPDATE dha_host_device SET last_seen = ?"
                + " WHERE host_id = ? AND state = 'PRESENT'" + notVanished)) {
            s.setObject(1, utc(now));
            s.setLong(2, hostId);
            int i = 3;
            for (StoredDevice device : vanished) {
                s.setLong(i++, device.id());
            }
            s.executeUpdate();
        }
    }

    private static long insert(Connection c, HostRef host, String uuid, HostDevice device,
            boolean heldElsewhere, Instant now) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(DeviceRows.REPORTED_COLUMN_COUNT, "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_host_device (uuid, host_id, cluster_id,"
                + " zone_id, address, " + DeviceRows.REPORTED_COLUMNS + ", held_elsewhere, state, first_seen,"
                + " last_seen) VALUES (?, ?, ?, ?, ?, " + placeholders + ", ?, 'PRESENT', ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, uuid);
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

    /** The stored devices whose row the report changes (fields, usage, state or the held-elsewhere flag). */
    private static void update(Connection c, List<HostDevice> devices, Map<String, Long> ids,
            Set<String> heldElsewhere, Instant now) throws SQLException {
        if (devices.isEmpty()) {
            return;
        }
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
        if (vanished.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE dha_host_device SET state = 'MISSING', held_elsewhere = FALSE WHERE id = ?")) {
            for (StoredDevice device : vanished) {
                s.setLong(1, device.id());
                s.addBatch();
            }
            s.executeBatch();
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
