package dev.deviceha.service;

import dev.deviceha.inventory.HeldUnit;
import dev.deviceha.inventory.InventoryConflict;
import java.util.List;

/**
 * What one host report changed.
 *
 * @param deviceCount            devices the host reported and the plugin accepted
 * @param tagChanges             one line per device whose rule or generated tag changed
 * @param ruleConflicts          one line per device on which rules of equal priority disagree
 * @param conflicts              disagreements between the report and the allocations, recorded for the operator
 * @param allocationsOnVanished  units VMs hold on devices the host no longer reports: each VM cannot start there
 * @param warnings               devices or sources the host could not read, or the plugin refused or could not tag
 */
public record InventorySyncResult(long hostId, int deviceCount, int added, int changed, int missing,
        List<String> tagChanges, List<String> ruleConflicts, List<InventoryConflict> conflicts,
        List<HeldUnit> allocationsOnVanished, List<String> warnings) {
    public InventorySyncResult {
        tagChanges = List.copyOf(tagChanges);
        ruleConflicts = List.copyOf(ruleConflicts);
        conflicts = List.copyOf(conflicts);
        allocationsOnVanished = List.copyOf(allocationsOnVanished);
        warnings = List.copyOf(warnings);
    }
}
