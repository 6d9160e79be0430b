package dev.deviceha.cloudstack.lifecycle;

import com.cloud.utils.Pair;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;

/**
 * Maps what CloudStack's VM state machine hands its listeners onto the plugin's own transition type.
 * VirtualMachineManagerImpl.stateTransitTo passes {@code Pair<hostBefore, hostAfter>} as the opaque argument; other
 * callers may pass anything, in which case the VM's current host is the host after and the host before is unknown.
 */
final class CloudStackTransitions {
    private CloudStackTransitions() {
    }

    static VmRef vmOf(VirtualMachine vm) {
        return new VmRef(vm.getId(), vm.getUuid(), vm.getInstanceName());
    }

    static VmTransition of(Transition<State, Event> transition, VirtualMachine vm, Object opaque) {
        Long oldHostId = null;
        Long newHostId = vm.getHostId();
        if (opaque instanceof Pair<?, ?> hosts && isHostId(hosts.first()) && isHostId(hosts.second())) {
            oldHostId = (Long) hosts.first();
            newHostId = (Long) hosts.second();
        }
        return new VmTransition(
                VmState.named(transition.getCurrentState().name()),
                VmEvent.named(transition.getEvent().name()),
                VmState.named(transition.getToState().name()),
                oldHostId, newHostId);
    }

    private static boolean isHostId(Object value) {
        return value == null || value instanceof Long;
    }
}
