package dev.deviceha.inventory;

import java.time.Instant;

/** An allocated unit of a stored device, as reconciliation sees it. */
public record HeldUnit(String address, long vmId, String vmInstanceName, int slot, Instant allocatedAt) {
}
