package dev.deviceha.readiness;

import java.util.List;

/**
 * The periodic readiness check: checks every VM holding devices and returns the protection changes this run found,
 * for the shell to alert on. Changes are found through the shared ledger, so each is reported once in the region.
 */
public final class ReadinessMonitor {
    private final HaReadinessService readiness;
    private final ReadinessLedger ledger;

    public ReadinessMonitor(HaReadinessService readiness, ReadinessLedger ledger) {
        this.readiness = readiness;
        this.ledger = ledger;
    }

    public List<ProtectionChange> run() {
        List<VmReadiness> all = readiness.checkAll();
        List<ProtectionChange> changes = ledger.recordAll(all);
        ledger.retainOnly(all.stream().map(VmReadiness::vmId).toList());
        return changes;
    }
}
