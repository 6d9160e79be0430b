package dev.deviceha.prepare;

import dev.deviceha.model.assignment.DeviceAssignment;
import java.time.Instant;

/**
 * An assignment waiting for its VM's start on this host.
 *
 * @param stagedAtMillis  when the management server staged it
 * @param expiresAtMillis after this the transformer refuses it: the start it was staged for did not come
 * @param started         set by the on-start hook: each staged assignment is good for one start only
 */
public record StagedAssignment(DeviceAssignment assignment, long stagedAtMillis, long expiresAtMillis,
        boolean started) {

    public boolean isExpiredAt(Instant now) {
        return now.toEpochMilli() > expiresAtMillis;
    }

    public StagedAssignment asStarted() {
        return new StagedAssignment(assignment, stagedAtMillis, expiresAtMillis, true);
    }
}
