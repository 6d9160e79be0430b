package dev.deviceha.inventory;

import java.time.Instant;

/** A conflict as recorded: open until a report no longer shows it. */
public record RecordedConflict(long id, long hostId, String address, ConflictType type, String reportedUsedBy,
        Long allocatedVmId, String detail, Instant firstSeen, Instant lastSeen) {
}
