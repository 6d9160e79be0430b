package dev.deviceha.readiness;

import dev.deviceha.persistence.ProtectionLedger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Stores the protection of every VM of a pass; returns the changes, as {@link #record} does one by one. */
    public List<ProtectionChange> recordAll(List<VmReadiness> pass) {
        Map<Long, Boolean> lost = ledger.recordAll(pass.stream()
                .map(vm -> new ProtectionLedger.Entry(vm.vmId(), vm.isProtected(), vm.reason())).toList());
        return pass.stream().filter(vm -> lost.containsKey(vm.vmId()))
                .map(vm -> new ProtectionChange(vm, lost.get(vm.vmId()))).toList();
    }

    /** Forgets VMs that no longer hold devices (stopped, expunged): their protection is no longer a question. */
    public int retainOnly(Collection<Long> vmIds) {
        return ledger.retainOnly(vmIds);
    }
}
