package dev.deviceha.inventory;

import dev.deviceha.persistence.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code dha_inventory_conflict} in step with the latest report of a host: a conflict seen again is refreshed,
 * a new one is opened, and one the report no longer shows is closed. Runs under the host's lock.
 */
final class ConflictLog {
    private ConflictLog() {
    }

    static void record(Connection c, long hostId, List<InventoryConflict> conflicts, Map<String, Long> deviceIds,
            Instant now) throws SQLException {
        Map<Key, Long> open = open(c, hostId);
        for (InventoryConflict conflict : conflicts) {
            long deviceId = deviceIds.get(conflict.address());
            Long existing = open.remove(new Key(deviceId, conflict.type()));
            if (existing == null) {
                insert(c, hostId, deviceId, conflict, now);
            } else {
                refresh(c, existing, conflict, now);
            }
        }
        close(c, open.values(), now);
    }

    private record Key(long deviceId, ConflictType type) {
    }

    private static Map<Key, Long> open(Connection c, long hostId) throws SQLException {
        Map<Key, Long> open = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, device_id, conflict_type FROM dha_inventory_conflict"
                + " WHERE host_id = ? AND resolved_at IS NULL")) {
            s.setLong(1, hostId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    open.put(new Key(rs.getLong(2), ConflictType.valueOf(rs.getString(3))), rs.getLong(1));
                }
            }
        }
        return open;
    }

    private static void insert(Connection c, long hostId, long deviceId, InventoryConflict conflict, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_inventory_conflict (host_id, device_id,"
                + " conflict_type, reported_used_by, allocated_vm_id, detail, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, hostId);
            s.setLong(2, deviceId);
            s.setString(3, conflict.type().name());
            s.setString(4, conflict.reportedUsedBy());
            Sql.setNullableLong(s, 5, conflict.allocatedVmId());
            s.setString(6, Sql.truncate(conflict.detail(), 512));
            s.setObject(7, InventoryApplier.utc(now));
            s.setObject(8, InventoryApplier.utc(now));
            s.executeUpdate();
        }
    }

    private static void refresh(Connection c, long id, InventoryConflict conflict, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE dha_inventory_conflict SET reported_used_by = ?,"
                + " allocated_vm_id = ?, detail = ?, last_seen = ? WHERE id = ?")) {
            s.setString(1, conflict.reportedUsedBy());
            Sql.setNullableLong(s, 2, conflict.allocatedVmId());
            s.setString(3, Sql.truncate(conflict.detail(), 512));
            s.setObject(4, InventoryApplier.utc(now));
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    private static void close(Connection c, Iterable<Long> ids, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE dha_inventory_conflict SET resolved_at = ? WHERE id = ?")) {
            for (long id : ids) {
                s.setObject(1, InventoryApplier.utc(now));
                s.setLong(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
