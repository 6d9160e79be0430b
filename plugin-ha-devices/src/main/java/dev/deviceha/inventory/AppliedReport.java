package dev.deviceha.inventory;

import java.util.List;

/**
 * What applying a report did: the reconciliation it wrote, the allocations left on devices that vanished (each one
 * a VM that cannot start there; the caller raises an alert), and the host's entries as they now are, by address.
 */
public record AppliedReport(Reconciliation reconciliation, List<HeldUnit> allocationsOnVanished,
        List<InventoryEntry> entries) {
    public AppliedReport {
        allocationsOnVanished = List.copyOf(allocationsOnVanished);
        entries = List.copyOf(entries);
    }
}
