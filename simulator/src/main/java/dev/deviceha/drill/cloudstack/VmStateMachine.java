package dev.deviceha.drill.cloudstack;

import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;

/**
 * Stands in for {@code StateMachine2.transitTo} as VirtualMachineManagerImpl.stateTransitTo calls it: stores the
 * new state and host, then tells the listeners with {@code Pair<hostBefore, hostAfter>}. The plugin's listener
 * (DeviceAllocationStateListener) maps the types and calls {@link AllocationLifecycle#onTransition}, which is what
 * this calls (its HA-outcome alerts are not part of the drill); the exception aborts the caller's step, as in
 * CloudStack.
 */
public final class VmStateMachine {
    private final AllocationLifecycle listener;

    public VmStateMachine(AllocationLifecycle listener) {
        this.listener = listener;
    }

    public void transit(VmRecord vm, VmEvent event, VmState to, Long newHostId) {
        VmTransition transition = new VmTransition(vm.state(), event, to, vm.hostId(), newHostId);
        vm.moveTo(to, newHostId);
        listener.onTransition(vm.ref(), transition);
    }
}
