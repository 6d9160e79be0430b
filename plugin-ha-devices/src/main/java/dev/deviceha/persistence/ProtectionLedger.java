package dev.deviceha.persistence;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The last known protection of each subject (a VM, a cluster) in one table of the shared database. Recording is a
 * conditional update, so when several management servers check at once exactly one of them sees a change.
 * The table has the subject's id column, {@code is_protected}, {@code reason}, {@code changed_at} and
 * {@code checked_at}.
 */
public final class ProtectionLedger {
    private static final int MAX_REASON = 1024;

    private final Transactions transactions;
    private final String table;
    private final String idColumn;

    /** @param table and idColumn are the plugin's own names, never input */
    public ProtectionLedger(DataSource dataSource, String table, String idColumn) {
        this.transactions = new Transactions(dataSource);
        this.table = table;
        this.idColumn = idColumn;
    }

    /**
     * Stores the subject's protection. Returns whether it was lost ({@code true}) or regained ({@code false}) when it
     * differs from the stored one, and {@code true} when the subject is first seen unprotected; a subject first seen
     * protected is no news.
     */
    public Optional<Boolean> record(long id, boolean isProtected, String reason) {
        String stored = Sql.truncate(reason, MAX_REASON);
        return transactions.inTransaction("recording the protection of " + idColumn + " " + id, c -> {
            try (PreparedStatement flip = c.prepareStatement("UPDATE " + table + " SET is_protected = ?,"
                    + " reason = ?, changed_at = UTC_TIMESTAMP(3), checked_at = UTC_TIMESTAMP(3)"
                    + " WHERE " + idColumn + " = ? AND is_protected <> ?")) {
                flip.setBoolean(1, isProtected);
                flip.setString(2, stored);
                flip.setLong(3, id);
                flip.setBoolean(4, isProtected);
                if (flip.executeUpdate() == 1) {
                    return Optional.of(!isProtected);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO " + table + " (" + idColumn
                    + ", is_protected, reason, changed_at, checked_at)"
                    + " VALUES (?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")) {
                insert.setLong(1, id);
                insert.setBoolean(2, isProtected);
                insert.setString(3, stored);
                if (insert.executeUpdate() == 1 && !isProtected) {
                    return Optional.of(true);
                }
            }
            try (PreparedStatement touch = c.prepareStatement("UPDATE " + table + " SET reason = ?,"
                    + " checked_at = UTC_TIMESTAMP(3) WHERE " + idColumn + " = ?")) {
                touch.setString(1, stored);
                touch.setLong(2, id);
                touch.executeUpdate();
            }
            return Optional.empty();
        });
    }

    /** Forgets every subject not listed. */
    public int retainOnly(Collection<Long> ids) {
        String keep = ids.isEmpty() ? "" : " WHERE " + idColumn + " NOT IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        return transactions.inTransaction("forgetting stale rows of " + table, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + keep)) {
                int i = 1;
                for (Long id : ids) {
                    s.setLong(i++, id);
                }
                return s.executeUpdate();
            }
        });
    }
}
