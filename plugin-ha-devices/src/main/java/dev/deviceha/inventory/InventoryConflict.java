package dev.deviceha.inventory;

/**
 * One disagreement found while reconciling a report.
 *
 * @param reportedUsedBy  who the host says holds the device, if anyone
 * @param allocatedVmId   the VM the database says holds it, if any
 * @param detail          a sentence for the operator
 */
public record InventoryConflict(String address, ConflictType type, String reportedUsedBy, Long allocatedVmId,
        String detail) {
}
