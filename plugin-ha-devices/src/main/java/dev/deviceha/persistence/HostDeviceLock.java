package dev.deviceha.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The per-host lock: every device row of the host, locked until the transaction ends. Allocation takes it first,
 * and reconciliation locks the same rows with its first read ({@code inventory.HostSnapshot}), so they run one after the other, from any management server, while other
 * hosts proceed in parallel. Only device rows are locked (no join): a lock on a tag row would serialise every host
 * using the tag.
 */
public final class HostDeviceLock {
    private HostDeviceLock() {
    }

    public static void lock(Connection c, long hostId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM dha_host_device WHERE host_id = ? ORDER BY id FOR UPDATE")) {
            s.setLong(1, hostId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }
}
