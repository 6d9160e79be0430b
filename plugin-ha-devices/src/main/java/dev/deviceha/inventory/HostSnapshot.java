package dev.deviceha.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One host's stored inventory, read under the host's lock in one statement: every device row (locked, as
 * {@link dev.deviceha.persistence.HostDeviceLock} locks them), its tag, the units allocated on it, the database
 * clock, and whether the host has open conflicts. The tag and the conflict count are scalar subqueries, which a
 * locking read does not lock (MySQL 8 and MariaDB alike): a lock on a tag row would serialise every host using it.
 *
 * @param now empty when the host has no device row yet (its first report)
 */
record HostSnapshot(List<InventoryEntry> entries, Set<Long> heldElsewhere, List<HeldUnit> held,
        Optional<Instant> now, boolean conflictsOpen) {

    private static final String LOCKING_READ = "SELECT " + DeviceRows.DEVICE_COLUMNS + ","
            + " (SELECT t.kind FROM dha_device_tag t WHERE t.id = d.tag_id) AS tag_kind,"
            + " (SELECT t.name FROM dha_device_tag t WHERE t.id = d.tag_id) AS tag_name,"
            + " a.vm_id, a.vm_instance_name, a.slot, a.allocated_at, UTC_TIMESTAMP(3) AS db_now,"
            + " (SELECT COUNT(*) FROM dha_inventory_conflict c WHERE c.host_id = ? AND c.resolved_at IS NULL)"
            + " AS open_conflicts"
            + " FROM dha_host_device d LEFT JOIN dha_allocation a ON a.device_id = d.id"
            + " WHERE d.host_id = ? ORDER BY d.id, a.slot FOR UPDATE";

    HostSnapshot {
        entries = List.copyOf(entries);
        heldElsewhere = Set.copyOf(heldElsewhere);
        held = List.copyOf(held);
    }

    static HostSnapshot lockAndRead(Connection c, long hostId) throws SQLException {
        List<InventoryEntry> entries = new ArrayList<>();
        Set<Long> heldElsewhere = new HashSet<>();
        List<HeldUnit> held = new ArrayList<>();
        Instant now = null;
        boolean conflictsOpen = false;
        try (PreparedStatement s = c.prepareStatement(LOCKING_READ)) {
            s.setLong(1, hostId);
            s.setLong(2, hostId);
            try (ResultSet rs = s.executeQuery()) {
                InventoryEntry entry = null;
                while (rs.next()) {
                    if (entry == null || entry.stored().id() != rs.getLong("id")) {
                        entry = DeviceRows.entry(rs);
                        entries.add(entry);
                        if (rs.getBoolean("held_elsewhere")) {
                            heldElsewhere.add(entry.stored().id());
                        }
                        now = utc(rs, "db_now");
                        conflictsOpen = rs.getInt("open_conflicts") > 0;
                    }
                    long vmId = rs.getLong("vm_id");
                    if (!rs.wasNull()) {
                        held.add(new HeldUnit(entry.stored().address(), vmId, rs.getString("vm_instance_name"),
                                rs.getInt("slot"), utc(rs, "allocated_at")));
                    }
                }
            }
        }
        return new HostSnapshot(entries, heldElsewhere, held, Optional.ofNullable(now), conflictsOpen);
    }

    List<StoredDevice> stored() {
        return entries.stream().map(InventoryEntry::stored).toList();
    }

    private static Instant utc(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
