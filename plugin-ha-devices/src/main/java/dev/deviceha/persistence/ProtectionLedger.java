package dev.deviceha.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final int TOUCH_CHUNK = 1000;

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
        return transactions.inTransaction("recording the protection of " + idColumn + " " + id,
                c -> recordOne(c, id, isProtected, stored));
    }

    private Optional<Boolean> recordOne(Connection c, long id, boolean isProtected, String stored)
            throws SQLException {
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
        touch(c, id, stored);
        return Optional.empty();
    }

    private void touch(Connection c, long id, String stored) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement("UPDATE " + table + " SET reason = ?,"
                + " checked_at = UTC_TIMESTAMP(3) WHERE " + idColumn + " = ?")) {
            touch.setString(1, stored);
            touch.setLong(2, id);
            touch.executeUpdate();
        }
    }

    /** One subject's protection as a pass found it. */
    public record Entry(long id, boolean isProtected, String reason) {
    }

    /**
     * Stores the protection of every subject of a pass, by the rules of {@link #record}; returns, by subject id, the
     * changes found (true: lost). The stored states are read once; only subjects that are new or changed get a
     * statement of their own (still the conditional UPDATE or INSERT IGNORE, so one management server sees each
     * change), the others one UPDATE of {@code checked_at} per thousand.
     */
    public Map<Long, Boolean> recordAll(List<Entry> pass) {
        return transactions.inTransaction("recording the protection of " + pass.size() + " " + idColumn, c -> {
            Map<Long, Stored> stored = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + idColumn + ", is_protected, reason FROM "
                    + table); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), new Stored(rs.getBoolean(2), rs.getString(3)));
                }
            }
            Map<Long, Boolean> changes = new LinkedHashMap<>();
            List<Long> unchanged = new ArrayList<>();
            for (Entry entry : pass) {
                String reason = Sql.truncate(entry.reason(), MAX_REASON);
                Stored before = stored.get(entry.id());
                if (before == null || before.isProtected() != entry.isProtected()) {
                    recordOne(c, entry.id(), entry.isProtected(), reason)
                            .ifPresent(lost -> changes.put(entry.id(), lost));
                } else if (!Objects.equals(before.reason(), reason)) {
                    touch(c, entry.id(), reason);
                } else {
                    unchanged.add(entry.id());
                }
            }
            for (int from = 0; from < unchanged.size(); from += TOUCH_CHUNK) {
                List<Long> chunk = unchanged.subList(from, Math.min(unchanged.size(), from + TOUCH_CHUNK));
                try (PreparedStatement s = c.prepareStatement("UPDATE " + table
                        + " SET checked_at = UTC_TIMESTAMP(3) WHERE " + idColumn + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                        + ")")) {
                    int i = 1;
                    for (long id : chunk) {
                        s.setLong(i++, id);
                    }
                    s.executeUpdate();
                }
            }
            return changes;
        });
    }

    private record Stored(boolean isProtected, String reason) {
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
