package dev.deviceha.inventory;

import dev.deviceha.model.inventory.HostDevice;
import java.util.List;

/**
 * The difference between a host's report and its stored inventory.
 *
 * @param vanished  stored devices the host no longer reports (already MISSING ones are not repeated)
 * @param conflicts disagreements on who holds a device; never resolved by overwriting either side
 */
public record Reconciliation(List<HostDevice> added, List<DeviceChange> changed, List<StoredDevice> vanished,
        List<InventoryConflict> conflicts) {
    public Reconciliation {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        vanished = List.copyOf(vanished);
        conflicts = List.copyOf(conflicts);
    }
}
