package dev.deviceha.lifecycle;

import dev.deviceha.lifecycle.AllocationAction.Allocate;
import dev.deviceha.lifecycle.AllocationAction.Release;
import dev.deviceha.lifecycle.AllocationAction.ReleaseAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which allocation actions a VM state transition calls for. Modelled on CloudStack's own capacity accounting
 * (CapacityManagerImpl.postStateTransitionEvent), which follows the same transitions for CPU and RAM:
 * <ul>
 * <li>a start attempt (Starting, OperationRetry, Starting) allocates on the attempt's host, after releasing the
 *     previous attempt's host. Every start takes this step, including the ones whose host was chosen without the
 *     host allocators (the VM's last host, an explicit host id), so allocation is the check that never skips;</li>
 * <li>reaching Stopped, Error or Destroyed releases on the host the VM had: a failed start, a stop, and an HA stop
 *     from a dead host alike;</li>
 * <li>entering Expunging releases everything and forgets the VM's identities (an expunge then steps from
 *     Expunging to Expunging again: nothing is left to release);</li>
 * <li>everything else keeps the allocation where it is (Starting to Running, Running to Stopping, ...). States where
 *     the VM may still run (Unknown, Shutdown, Migrating, states of newer CloudStacks) never release: a device given
 *     back while its VM still uses it would be handed to a second VM.</li>
 * </ul>
 * Releasing is decided without looking at the VM's requests: releasing nothing is harmless, keeping devices of a VM
 * whose requests were edited meanwhile is not.
 */
public final class AllocationRules {
    private static final Set<VmState> STOPPED_FOR_SURE = Set.of(VmState.Stopped, VmState.Error, VmState.Destroyed);

    private AllocationRules() {
    }

    public static List<AllocationAction> decide(VmTransition transition, boolean vmHasDeviceRequests) {
        if (transition.to() == VmState.Expunging) {
            return transition.from() == VmState.Expunging ? List.of() : List.of(new ReleaseAll());
        }
        if (transition.isStartAttempt()) {
            return startAttempt(transition, vmHasDeviceRequests);
        }
        if (STOPPED_FOR_SURE.contains(transition.to()) && transition.oldHostId() != null) {
            return List.of(new Release(transition.oldHostId()));
        }
        return List.of();
    }

    private static List<AllocationAction> startAttempt(VmTransition transition, boolean vmHasDeviceRequests) {
        if (!transition.movesHost()) {
            return List.of();
        }
        List<AllocationAction> actions = new ArrayList<>();
        if (transition.oldHostId() != null) {
            actions.add(new Release(transition.oldHostId()));
        }
        if (transition.newHostId() != null && vmHasDeviceRequests) {
            actions.add(new Allocate(transition.newHostId()));
        }
        return actions;
    }
}
