package dev.deviceha.readiness;

import dev.deviceha.persistence.ProtectionLedger;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The last known HA protection of each VM, in the shared database: when several management servers check at once
 * exactly one of them sees a change and alerts.
 */
public final class ReadinessLedger {
    private final ProtectionLedger ledger;

    public ReadinessLedger(DataSource dataSource) {
        this.ledger = new ProtectionLedger(dataSource, "dha_ha_readiness", "vm_id");
    }

    /**
     * Stores the VM's protection. Returns the change when it differs from the stored one, and when the VM is seen
     * for the first time unprotected; a VM first seen protected is no news.
     */
    public Optional<ProtectionChange> record(VmReadiness readiness) {
        return ledger.record(readiness.vmId(), readiness.isProtected(), readiness.reason())
                .map(lost -> new ProtectionChange(readiness, lost));
    }

    /** Forgets VMs that no longer hold devices (stopped, expunged): their protection is no longer a question. */
    public int retainOnly(Collection<Long> vmIds) {
        return ledger.retainOnly(vmIds);
    }
}
