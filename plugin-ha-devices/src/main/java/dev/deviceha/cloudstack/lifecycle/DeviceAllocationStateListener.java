package dev.deviceha.cloudstack.lifecycle;

import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.StateListener;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;
import com.cloud.host.HostVO;
import com.cloud.host.Status;
import com.cloud.host.dao.HostDao;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.DeviceAllocationException;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.service.InvalidDeviceRequestsException;
import java.util.Map;
import javax.inject.Inject;
import javax.naming.ConfigurationException;

/**
 * Follows every VM through CloudStack's state machine, as CapacityManagerImpl does for CPU and RAM, and lets
 * {@link AllocationLifecycle} allocate, stage and release devices. It acts after the transition is stored: on a
 * start attempt the VM row already names the attempt's host. An exception thrown here propagates out of
 * VirtualMachineManagerImpl.changeState and aborts the start, which then moves the VM back to Stopped; that is how
 * a VM whose devices cannot be had never starts without them.
 *
 * <p>Before a live migration is stored it refuses to migrate a VM that holds devices. It also checks a VM's declared
 * device requests when its start is requested (before any host is planned), so a malformed {@code deviceha.requests}
 * detail fails the start at once with the parser's message, and it follows HA restarts (a stop from a host that is
 * down, then the start attempts) to report how they ended.
 */
public class DeviceAllocationStateListener extends ManagerBase implements StateListener<State, Event, VirtualMachine> {
    private AllocationLifecycle lifecycle;
    private DeviceRequestSource requests;
    private HaRestartWatch haRestarts;
    private HaOutcomeReporter haOutcomes;
    private HostDao hosts;

    @Inject
    public void setLifecycle(AllocationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Inject
    public void setRequests(DeviceRequestSource requests) {
        this.requests = requests;
    }

    @Inject
    public void setHaRestarts(HaRestartWatch haRestarts) {
        this.haRestarts = haRestarts;
    }

    @Inject
    public void setHaOutcomes(HaOutcomeReporter haOutcomes) {
        this.haOutcomes = haOutcomes;
    }

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        super.configure(name, params);
        VirtualMachine.State.getStateMachine().registerListener(this);
        return true;
    }

    /** Runs before the transition is stored: a refusal leaves the VM as it was. CloudStack ignores the result. */
    @Override
    public boolean preStateTransitionEvent(State oldState, Event event, State newState, VirtualMachine vm,
            boolean status, Object opaque) {
        try {
            lifecycle.beforeTransition(CloudStackTransitions.vmOf(vm), VmEvent.named(event.name()));
        } catch (DeviceAllocationException e) {
            throw new CloudRuntimeException(e.getMessage(), e);
        }
        return true;
    }

    @Override
    public boolean postStateTransitionEvent(Transition<State, Event> transition, VirtualMachine vm, boolean status,
            Object opaque) {
        if (!status) {
            return false;
        }
        VmTransition step = CloudStackTransitions.of(transition, vm, opaque);
        if (step.event() == VmEvent.StartRequested) {
            checkRequests(vm);
        }
        try {
            lifecycle.onTransition(CloudStackTransitions.vmOf(vm), step);
        } catch (DeviceAllocationException e) {
            haRestarts.noteFailure(vm.getId(), e.getMessage());
            throw new CloudRuntimeException(e.getMessage(), e);
        }
        haRestarts.onTransition(vm.getId(), step, isHaStopOfADeviceVm(vm, step))
                .ifPresent(outcome -> haOutcomes.report(outcome));
        return true;
    }

    private void checkRequests(VirtualMachine vm) {
        try {
            requests.requestsOf(vm.getId());
        } catch (InvalidDeviceRequestsException e) {
            throw new CloudRuntimeException("Cannot start VM " + vm.getInstanceName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Only a stop needs the host's status: it tells an HA stop from a dead host from an ordinary stop. Only VMs that
     * ask for devices are followed: the outcome alerts are about devices.
     */
    private boolean isHaStopOfADeviceVm(VirtualMachine vm, VmTransition step) {
        if (step.to() != VmState.Stopped || step.oldHostId() == null) {
            return false;
        }
        HostVO host = hosts.findById(step.oldHostId());
        return (host == null || host.getStatus() != Status.Up) && asksForDevices(vm);
    }

    /** A VM whose requests cannot be read asks for something: its restart fails, and that is worth an alert. */
    private boolean asksForDevices(VirtualMachine vm) {
        try {
            return !requests.requestsOf(vm.getId()).isEmpty();
        } catch (InvalidDeviceRequestsException e) {
            return true;
        }
    }
}
