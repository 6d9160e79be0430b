package dev.deviceha.lifecycle;

import java.util.Objects;

/**
 * One step of a VM through CloudStack's state machine as a state listener sees it after the database was updated.
 *
 * @param oldHostId the VM's host before the step (the previous attempt's host on a start retry, the dead host on
 *                  an HA stop), null when it had none
 * @param newHostId the VM's host after the step, null when it has none
 */
public record VmTransition(VmState from, VmEvent event, VmState to, Long oldHostId, Long newHostId) {
    public VmTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
    }

    /** The step CloudStack takes for every start attempt, once it picked the attempt's host. */
    public boolean isStartAttempt() {
        return from == VmState.Starting && event == VmEvent.OperationRetry && to == VmState.Starting;
    }

    boolean movesHost() {
        return !Objects.equals(oldHostId, newHostId);
    }
}
