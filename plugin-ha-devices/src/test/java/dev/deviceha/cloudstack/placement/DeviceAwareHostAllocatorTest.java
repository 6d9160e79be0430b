package dev.deviceha.cloudstack.placement;

import static dev.deviceha.cloudstack.placement.ScreeningFixture.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.host.Host;
import com.cloud.offering.ServiceOffering;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceAwareHostAllocatorTest {
    private static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final long VM_WITH_VF = 42;
    private static final long PLAIN_VM = 43;
    private static final long CLUSTER = 7;

    private final ScreeningFixture fixture = new ScreeningFixture()
            .vmRequests(VM_WITH_VF, DeviceRequest.of(TRADING_NET, 1))
            .hostWithFree(1, TRADING_NET, 0)
            .hostWithFree(2, TRADING_NET, 1)
            .cluster(CLUSTER, 1L, 2L, 3L);
    private final DeviceAwareHostAllocator allocator = new DeviceAwareHostAllocator();
    private final DeploymentPlan plan = mock(DeploymentPlan.class);
    private final ExcludeList avoid = new ExcludeList();

    @BeforeEach
    void wire() {
        allocator.setScreening(fixture.screening);
        allocator.setHaRestarts(new HaRestartWatch());
        allocator.setFailoverAdmission(ScreeningFixture.failoverOff());
        when(plan.getClusterId()).thenReturn(CLUSTER);
        when(plan.getDataCenterId()).thenReturn(ScreeningFixture.ZONE);
    }

    @Test
    void allocateToCandidates_onlyOneOfThreeHostsHasAFreeVf_theOtherTwoAreAvoidedAndNoHostIsChosen() {
        List<Host> chosen = allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Routing, avoid,
                List.of(host(1), host(2), host(3)), -1, true);

        assertThat(chosen).isEmpty();
        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void allocateToCluster_screensTheHostsOfThePlannedCluster() {
        List<Host> chosen = allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Routing, avoid, -1);

        assertThat(chosen).isEmpty();
        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void allocateToWithReservedCapacityFlag_ofCloudStack420_screensTheClusterLikeTheFiveArgumentForm() {
        List<Host> chosen = allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Routing, avoid, -1, false);

        assertThat(chosen).isEmpty();
        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void isVirtualMachineUpgradable_ofCloudStack420_neverVetoesAnOfferingChange() {
        assertThat(allocator.isVirtualMachineUpgradable(vm(VM_WITH_VF).getVirtualMachine(),
                mock(ServiceOffering.class))).isTrue();
    }

    @Test
    void allocateTo_keepsWhatOthersAlreadyAvoided() {
        avoid.addHost(2);

        allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Routing, avoid, List.of(host(1), host(2)), -1, true);

        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 2L);
    }

    /** Host 2 has the VF but was tried already in this start: the pass found no host with the devices. */
    @Test
    void allocateTo_hostsAlreadyAvoided_doNotCountAsHavingTheDevices() {
        HaRestartWatch watch = new HaRestartWatch();
        allocator.setHaRestarts(watch);
        watch.onTransition(VM_WITH_VF, new VmTransition(VmState.Stopping, VmEvent.OperationSucceeded,
                VmState.Stopped, 9L, null), true);
        watch.onTransition(VM_WITH_VF, new VmTransition(VmState.Stopped, VmEvent.StartRequested,
                VmState.Starting, null, null), false);
        avoid.addHost(2);

        allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Routing, avoid, List.of(host(1), host(2)), -1, true);
        watch.onTransition(VM_WITH_VF, new VmTransition(VmState.Starting, VmEvent.OperationFailed,
                VmState.Stopped, 2L, null), false);

        assertThat(watch.flushParked(Duration.ZERO)).singleElement().satisfies(o ->
                assertThat(o.failure()).startsWith("no host has the requested devices free: SRIOV_VF/trading-net"));
    }

    @Test
    void allocateTo_runningVmHoldingNoDevices_isScreenedAsUsual() {
        allocator.allocateTo(vm(VM_WITH_VF, VirtualMachine.State.Running), plan, Host.Type.Routing, avoid,
                List.of(host(1), host(2), host(3)), -1, true);

        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void allocateTo_vmWithoutDeviceRequests_avoidsNothing() {
        allocator.allocateTo(vm(PLAIN_VM), plan, Host.Type.Routing, avoid, List.of(host(1), host(3)), -1, true);
        allocator.allocateTo(vm(PLAIN_VM), plan, Host.Type.Routing, avoid, -1);

        assertThat(avoid.getHostsToAvoid()).isNull();
    }

    /** Planning for a running VM is a live move (migration, maintenance, DRS): its devices cannot follow. */
    @Test
    void allocateTo_runningVmHoldingDevices_isOfferedNoHost() {
        fixture.vmHolds(VM_WITH_VF, TRADING_NET, 1);

        allocator.allocateTo(vm(VM_WITH_VF, VirtualMachine.State.Running), plan, Host.Type.Routing, avoid,
                List.of(host(1), host(2), host(3)), -1, true);

        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void allocateTo_startingVmStillHoldingAPreviousAttemptsDevices_isScreenedAsUsual() {
        fixture.vmHolds(VM_WITH_VF, TRADING_NET, 1);

        allocator.allocateTo(vm(VM_WITH_VF, VirtualMachine.State.Starting), plan, Host.Type.Routing, avoid,
                List.of(host(1), host(2), host(3)), -1, true);

        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void allocateTo_storageHosts_areNotItsBusiness() {
        allocator.allocateTo(vm(VM_WITH_VF), plan, Host.Type.Storage, avoid, List.of(host(1)), -1, true);

        assertThat(avoid.getHostsToAvoid()).isNull();
    }

    private static VirtualMachineProfile vm(long id) {
        return vm(id, VirtualMachine.State.Stopped);
    }

    private static VirtualMachineProfile vm(long id, VirtualMachine.State state) {
        VirtualMachine vm = mock(VirtualMachine.class);
        when(vm.getState()).thenReturn(state);
        VirtualMachineProfile profile = mock(VirtualMachineProfile.class);
        when(profile.getId()).thenReturn(id);
        when(profile.getVirtualMachine()).thenReturn(vm);
        return profile;
    }
}
