package dev.deviceha.cloudstack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.utils.Pair;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;
import com.cloud.host.HostVO;
import com.cloud.host.Status;
import com.cloud.host.dao.HostDao;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.Shortfall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceAllocationStateListenerTest {
    private static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final long HOST_A = 5;
    private static final long HOST_B = 6;

    private final VirtualMachine vm = vm(42, HOST_B);
    private final List<String> released = new ArrayList<>();
    private final List<Long> holdingsRead = new ArrayList<>();
    private final HaRestartWatch watch = new HaRestartWatch();

    @Test
    void of_startRetry_takesHostsBeforeAndAfterFromCloudStacksOpaquePair() {
        VmTransition transition = CloudStackTransitions.of(
                new Transition<>(State.Starting, Event.OperationRetry, State.Starting, null), vm,
                new Pair<>(HOST_A, HOST_B));

        assertThat(transition).isEqualTo(
                new VmTransition(VmState.Starting, VmEvent.OperationRetry, VmState.Starting, HOST_A, HOST_B));
    }

    @Test
    void of_opaqueThatIsNoHostPair_usesTheVmsCurrentHost() {
        VmTransition transition = CloudStackTransitions.of(
                new Transition<>(State.Running, Event.AgentReportRunning, State.Running, null), vm, "snapshot-17");

        assertThat(transition.oldHostId()).isNull();
        assertThat(transition.newHostId()).isEqualTo(HOST_B);
    }

    @Test
    void postStateTransitionEvent_startAttemptWithoutFreeDevices_abortsTheStartWithTheMissingTag() {
        DeviceAllocationStateListener listener = listener(new RefusingStore());

        assertThatThrownBy(() -> listener.postStateTransitionEvent(
                new Transition<>(State.Starting, Event.OperationRetry, State.Starting, null), vm, true,
                new Pair<Long, Long>(null, HOST_B)))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessageContaining("i-2-42-VM")
                .hasMessageContaining("SRIOV_VF/trading-net: needs 2, 0 free");
    }

    @Test
    void postStateTransitionEvent_stoppedFromADeadHost_releasesThere() {
        DeviceAllocationStateListener listener = listener(new RefusingStore());

        boolean handled = listener.postStateTransitionEvent(
                new Transition<>(State.Stopping, Event.OperationSucceeded, State.Stopped, null), vm, true,
                new Pair<Long, Long>(HOST_A, null));

        assertThat(handled).isTrue();
        assertThat(released).containsExactly("vm 42 on host " + HOST_A);
    }

    /** The outcome alerts are about devices: only VMs that ask for some are followed through an HA restart. */
    @Test
    void haStop_isFollowedOnlyForVmsThatAskForDevices() {
        HostDao hosts = mock(HostDao.class);
        HostVO deadHost = mock(HostVO.class);
        when(deadHost.getStatus()).thenReturn(Status.Down);
        when(hosts.findById(HOST_A)).thenReturn(deadHost);
        VirtualMachine plainVm = vm(43, HOST_B);

        for (VirtualMachine each : List.of(vm, plainVm)) {
            listenerWatching(hosts).postStateTransitionEvent(
                    new Transition<>(State.Stopping, Event.OperationSucceeded, State.Stopped, null), each, true,
                    new Pair<Long, Long>(HOST_A, null));
            listenerWatching(hosts).postStateTransitionEvent(
                    new Transition<>(State.Stopped, Event.StartRequested, State.Starting, null), each, true,
                    new Pair<Long, Long>(null, null));
            listenerWatching(hosts).postStateTransitionEvent(
                    new Transition<>(State.Starting, Event.OperationFailed, State.Stopped, null), each, true,
                    new Pair<Long, Long>(null, null));
        }

        assertThat(watch.flushParked(Duration.ZERO)).extracting(HaRestartWatch.Outcome::vmId).containsExactly(42L);
    }

    private DeviceAllocationStateListener listenerWatching(HostDao hosts) {
        DeviceAllocationStateListener listener = new DeviceAllocationStateListener();
        listener.setLifecycle(new AllocationLifecycle(vmId -> List.of(), new RefusingStore(), new SilentAgents(),
                hostId -> "kvm-" + hostId));
        listener.setRequests(vmId -> vmId == 42 ? List.of(DeviceRequest.of(TRADING_NET, 2)) : List.of());
        listener.setHaRestarts(watch);
        listener.setHostDao(hosts);
        return listener;
    }

    @Test
    void postStateTransitionEvent_transitionNotStored_doesNothing() {
        DeviceAllocationStateListener listener = listener(new RefusingStore());

        boolean handled = listener.postStateTransitionEvent(
                new Transition<>(State.Stopping, Event.OperationSucceeded, State.Stopped, null), vm, false,
                new Pair<Long, Long>(HOST_A, null));

        assertThat(handled).isFalse();
        assertThat(released).isEmpty();
    }

    @Test
    void preStateTransitionEvent_migrationOfAVmHoldingDevices_isRefusedBeforeItIsStored() {
        DeviceAllocationStateListener listener = listener(new RefusingStore());

        assertThatThrownBy(() -> listener.preStateTransitionEvent(State.Running, Event.MigrationRequested,
                State.Migrating, vm, true, new Pair<>(HOST_B, HOST_A)))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessage("Cannot migrate VM i-2-42-VM: it holds host devices (SRIOV_VF/trading-net x2) that "
                        + "cannot move with it; stop the VM and start it on the other host instead");
    }

    @Test
    void preStateTransitionEvent_anyOtherTransition_goesAheadWithoutReadingTheStore() {
        DeviceAllocationStateListener listener = listener(new RefusingStore());

        assertThat(listener.preStateTransitionEvent(State.Running, Event.StopRequested, State.Stopping, vm, true,
                new Pair<>(HOST_B, HOST_B))).isTrue();
        assertThat(holdingsRead).isEmpty();
    }

    private DeviceAllocationStateListener listener(DeviceAllocationPort store) {
        DeviceAllocationStateListener listener = new DeviceAllocationStateListener();
        listener.setLifecycle(new AllocationLifecycle(
                vmId -> List.of(DeviceRequest.of(TRADING_NET, 2)), store, new SilentAgents(),
                hostId -> "kvm-" + hostId));
        listener.setRequests(vmId -> List.of(DeviceRequest.of(TRADING_NET, 2)));
        listener.setHaRestarts(new HaRestartWatch());
        listener.setHostDao(mock(HostDao.class));
        return listener;
    }

    private static VirtualMachine vm(long id, long hostId) {
        VirtualMachine vm = mock(VirtualMachine.class);
        when(vm.getId()).thenReturn(id);
        when(vm.getUuid()).thenReturn("0b5c6bde-3a8e-4f7a-9d53-1d2f0e6c9a10");
        when(vm.getInstanceName()).thenReturn("i-2-" + id + "-VM");
        when(vm.getHostId()).thenReturn(hostId);
        return vm;
    }

    /** A store whose hosts have no free device left; it records releases. */
    private final class RefusingStore implements DeviceAllocationPort {
        @Override
        public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
            return new AllocationOutcome.Refused(List.of(new Shortfall(TRADING_NET, 2, 0, NumaPolicy.NONE)));
        }

        @Override
        public Map<TagRef, Long> holdings(long vmId) {
            holdingsRead.add(vmId);
            return Map.of(TRADING_NET, 2L);
        }

        @Override
        public int release(long vmId, long hostId) {
            released.add("vm " + vmId + " on host " + hostId);
            return 2;
        }

        @Override
        public boolean releaseAll(long vmId) {
            released.add("vm " + vmId + " everywhere");
            return true;
        }
    }

    private static final class SilentAgents implements DeviceAgentPort {
        @Override
        public void stage(long hostId, DeviceAssignment assignment) {
        }

        @Override
        public boolean unstage(long hostId, String vmInstanceName) {
            return true;
        }
    }
}
