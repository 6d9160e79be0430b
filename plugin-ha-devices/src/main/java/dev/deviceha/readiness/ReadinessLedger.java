package dev.deviceha.readiness;

import dev.deviceha.persistence.Sql;
import dev.deviceha.persistence.Transactions;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The last known HA protection of each VM, in the shared database. Recording is a conditional update, so when
 * several management servers check at once exactly one of them sees a change and alerts.
 */
public final class ReadinessLedger {
    private static final int MAX_REASON = 1024;

    private final Transactions transactions;

    public ReadinessLedger(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Stores the VM's protection. Returns the change when it differs from the stored one, and when the VM is seen
     * for the first time unprotected; a VM first seen protected is no news.
     */
    public Optional<ProtectionChange> record(VmReadiness readiness) {
        String reason = Sql.truncate(readiness.reason(), MAX_REASON);
        return transactions.inTransaction("recording the HA readiness of VM " + readiness.vmId(), c -> {
            try (PreparedStatement flip = c.prepareStatement("UPDATE dha_ha_readiness SET is_protected = ?,"
                    + " reason = ?, changed_at = UTC_TIMESTAMP(3), checked_at = UTC_TIMESTAMP(3)"
                    + " WHERE vm_id = ? AND is_protected <> ?")) {
                flip.setBoolean(1, readiness.isProtected());
                flip.setString(2, reason);
                flip.setLong(3, readiness.vmId());
                flip.setBoolean(4, readiness.isProtected());
                if (flip.executeUpdate() == 1) {
                    return Optional.of(new ProtectionChange(readiness, !readiness.isProtected()));
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO dha_ha_readiness (vm_id,"
                    + " is_protected, reason, changed_at, checked_at)"
                    + " VALUES (?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")) {
                insert.setLong(1, readiness.vmId());
                insert.setBoolean(2, readiness.isProtected());
                insert.setString(3, reason);
                if (insert.executeUpdate() == 1 && !readiness.isProtected()) {
                    return Optional.of(new ProtectionChange(readiness, true));
                }
            }
            try (PreparedStatement touch = c.prepareStatement("UPDATE dha_ha_readiness SET reason = ?,"
                    + " checked_at = UTC_TIMESTAMP(3) WHERE vm_id = ?")) {
                touch.setString(1, reason);
                touch.setLong(2, readiness.vmId());
                touch.executeUpdate();
            }
            return Optional.empty();
        });
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
