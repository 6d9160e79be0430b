package dev.deviceha.readiness;

import dev.deviceha.persistence.Sql;
import dev.deviceha.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The last known HA protection of each VM, in the shared database. Recording is a conditional update, so when
 * several management servers check at once exactly one of them sees a change and alerts.
 */
public final class ReadinessLedger {
    private static final int MAX_REASON = 1024;
    private static final int TOUCH_CHUNK = 1000;

    private final Transactions transactions;

    public ReadinessLedger(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Stores the protection of every VM of a pass. Returns the changes: a protection that differs from the stored
     * one, and a VM seen for the first time unprotected (a VM first seen protected is no news). The stored states are
     * read once; only VMs that are new or changed get a statement of their own, the rest one UPDATE of
     * {@code checked_at} per thousand VMs. A change is still written by a conditional UPDATE, so when several
     * management servers pass at once exactly one of them sees it.
     */
    public List<ProtectionChange> recordAll(List<VmReadiness> pass) {
        return transactions.inTransaction("recording the HA readiness of " + pass.size() + " VM(s)", c -> {
            Map<Long, Stored> stored = stored(c);
            List<ProtectionChange> changes = new ArrayList<>();
            List<Long> unchanged = new ArrayList<>();
            for (VmReadiness readiness : pass) {
                String reason = Sql.truncate(readiness.reason(), MAX_REASON);
                Stored before = stored.get(readiness.vmId());
                if (before == null) {
                    insert(c, readiness, reason).ifPresent(changes::add);
                } else if (before.isProtected() != readiness.isProtected()) {
                    flip(c, readiness, reason).ifPresent(changes::add);
                } else if (!Objects.equals(before.reason(), reason)) {
                    touch(c, readiness.vmId(), reason);
                } else {
                    unchanged.add(readiness.vmId());
                }
            }
            for (int from = 0; from < unchanged.size(); from += TOUCH_CHUNK) {
                touchAll(c, unchanged.subList(from, Math.min(unchanged.size(), from + TOUCH_CHUNK)));
            }
            return changes;
        });
    }

    private record Stored(boolean isProtected, String reason) {
    }

    private static Map<Long, Stored> stored(Connection c) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT vm_id, is_protected, reason FROM dha_ha_readiness");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), new Stored(rs.getBoolean(2), rs.getString(3)));
            }
        }
        return stored;
    }

    /** A change, written only if no other management server wrote it first. */
    private static Optional<ProtectionChange> flip(Connection c, VmReadiness readiness, String reason)
            throws SQLException {
        try (PreparedStatement flip = c.prepareStatement("UPDATE dha_ha_readiness SET is_protected = ?,"
                + " reason = ?, changed_at = UTC_TIMESTAMP(3), checked_at = UTC_TIMESTAMP(3)"
                + " WHERE vm_id = ? AND is_protected <> ?")) {
            flip.setBoolean(1, readiness.isProtected());
            flip.setString(2, reason);
            flip.setLong(3, readiness.vmId());
            flip.setBoolean(4, readiness.isProtected());
            return flip.executeUpdate() == 1
                    ? Optional.of(new ProtectionChange(readiness, !readiness.isProtected())) : Optional.empty();
        }
    }

    /** A VM seen for the first time; news only when it is unprotected and no other server stored it first. */
    private static Optional<ProtectionChange> insert(Connection c, VmReadiness readiness, String reason)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO dha_ha_readiness (vm_id,"
                + " is_protected, reason, changed_at, checked_at)"
                + " VALUES (?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")) {
            insert.setLong(1, readiness.vmId());
            insert.setBoolean(2, readiness.isProtected());
            insert.setString(3, reason);
            return insert.executeUpdate() == 1 && !readiness.isProtected()
                    ? Optional.of(new ProtectionChange(readiness, true)) : Optional.empty();
        }
    }

    private static void touch(Connection c, long vmId, String reason) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement("UPDATE dha_ha_readiness SET reason = ?,"
                + " checked_at = UTC_TIMESTAMP(3) WHERE vm_id = ?")) {
            touch.setString(1, reason);
            touch.setLong(2, vmId);
            touch.executeUpdate();
        }
    }

    private static void touchAll(Connection c, List<Long> vmIds) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement("UPDATE dha_ha_readiness SET checked_at = UTC_TIMESTAMP(3)"
                + " WHERE vm_id IN (" + String.join(", ", Collections.nCopies(vmIds.size(), "?")) + ")")) {
            int i = 1;
            for (long vmId : vmIds) {
                touch.setLong(i++, vmId);
            }
            touch.executeUpdate();
        }
    }

    /** Forgets VMs that no longer hold devices (stopped, expunged): their protection is no longer a question. */
    public int retainOnly(Collection<Long> vmIds) {
        String keep = vmIds.isEmpty() ? "" : " WHERE vm_id NOT IN ("
                + String.join(", ", Collections.nCopies(vmIds.size(), "?")) + ")";
        return transactions.inTransaction("forgetting the HA readiness of VMs without devices", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_ha_readiness" + keep)) {
                int i = 1;
                for (Long vmId : vmIds) {
                    s.setLong(i++, vmId);
                }
                return s.executeUpdate();
            }
        });
    }
}
