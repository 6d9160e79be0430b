package dev.deviceha.inventory;

/**
 * A stored device with where it is and how it got its tag: what the API and tagging need beyond reconciliation.
 *
 * @param tagSource null while the device has no tag
 */
public record InventoryEntry(StoredDevice stored, String uuid, long hostId, Long clusterId, long zoneId,
        TagSource tagSource) {
}
