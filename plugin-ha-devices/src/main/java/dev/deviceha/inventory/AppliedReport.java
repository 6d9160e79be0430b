package dev.deviceha.inventory;

import java.util.List;

/**
 * What applying a report did: the reconciliation it wrote, and the allocations left on devices that vanished
 * (each one a VM that cannot start there; the caller raises an alert).
 */
public record AppliedReport(Reconciliation reconciliation, List<HeldUnit> allocationsOnVanished) {
    public AppliedReport {
        allocationsOnVanished = List.copyOf(allocationsOnVanished);
    }
}
