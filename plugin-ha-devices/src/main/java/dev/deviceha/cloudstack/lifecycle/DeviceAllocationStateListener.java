package dev.deviceha.cloudstack.lifecycle;

import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.StateListener;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.DeviceAllocationException;
import java.util.Map;
import javax.inject.Inject;
import javax.naming.ConfigurationException;

/**
 * Follows every VM through CloudStack's state machine, as CapacityManagerImpl does for CPU and RAM, and lets
 * {@link AllocationLifecycle} allocate, stage and release devices. It acts after the transition is stored: on a
 * start attempt the VM row already names the attempt's host. An exception thrown here propagates out of
 * VirtualMachineManagerImpl.changeState and aborts the start, which then moves the VM back to Stopped; that is how
 * a VM whose devices cannot be had never starts without them.
 */
public class DeviceAllocationStateListener extends ManagerBase implements StateListener<State, Event, VirtualMachine> {
    private AllocationLifecycle lifecycle;

    @Inject
    public void setLifecycle(AllocationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        super.configure(name, params);
        VirtualMachine.State.getStateMachine().registerListener(this);
        return true;
    }

    @Override
    public boolean preStateTransitionEvent(State oldState, Event event, State newState, VirtualMachine vm,
            boolean status, Object opaque) {
        return true;
    }

    @Override
    public boolean postStateTransitionEvent(Transition<State, Event> transition, VirtualMachine vm, boolean status,
            Object opaque) {
        if (!status) {
            return false;
        }
        try {
            lifecycle.onTransition(CloudStackTransitions.vmOf(vm), CloudStackTransitions.of(transition, vm, opaque));
        } catch (DeviceAllocationException e) {
            throw new CloudRuntimeException(e.getMessage(), e);
        }
        return true;
    }
}
