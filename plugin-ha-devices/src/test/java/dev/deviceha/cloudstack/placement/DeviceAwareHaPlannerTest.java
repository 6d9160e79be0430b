package dev.deviceha.cloudstack.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.dc.DataCenter;
import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceAwareHaPlannerTest {
    private static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final long VM_WITH_VF = 42;
    private static final long PLAIN_VM = 43;
    private static final long ZONE = ScreeningFixture.ZONE;

    private final ScreeningFixture fixture = new ScreeningFixture()
            .vmRequests(VM_WITH_VF, DeviceRequest.of(TRADING_NET, 2));
    private final DeviceAwareHaPlanner planner = new DeviceAwareHaPlanner();
    private final DeploymentPlan plan = mock(DeploymentPlan.class);
    private final ExcludeList avoid = new ExcludeList();

    @BeforeEach
    void wire() {
        planner.setScreening(fixture.screening);
        planner.setHaRestarts(new HaRestartWatch());
        when(plan.getDataCenterId()).thenReturn(ZONE);
    }

    @Test
    void byFreeDevices_ordersClustersMostFreeDevicesFirstAndAvoidsClustersWithout() throws Exception {
        fixture.cluster(10, 1L).hostWithFree(1, TRADING_NET, 2)
                .cluster(20, 2L, 3L).hostWithFree(2, TRADING_NET, 4).hostWithFree(3, TRADING_NET, 2)
                .cluster(30, 4L).hostWithFree(4, TRADING_NET, 1);

        List<Long> ordered = planner.byFreeDevices(vm(VM_WITH_VF), plan, avoid, List.of(10L, 20L, 30L));

        assertThat(ordered).containsExactly(20L, 10L);
        assertThat(avoid.getClustersToAvoid()).containsExactly(30L);
    }

    /** After an HA stop the dead host's devices are free again, but nothing can start there. */
    @Test
    void byFreeDevices_freeDevicesOnlyOnAHostThatIsNotUp_failsNamingTheMissingTag() {
        fixture.cluster(10, 2L).hostWithFree(1, TRADING_NET, 2).hostWithFree(2, TRADING_NET, 1);

        assertThatThrownBy(() -> planner.byFreeDevices(vm(VM_WITH_VF), plan, avoid, List.of(10L)))
                .isInstanceOf(InsufficientServerCapacityException.class)
                .hasMessageContaining("SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
    }

    @Test
    void byFreeDevices_noClusterHasTheDevices_failsNamingTheMissingTag() {
        fixture.cluster(10, 1L).hostWithFree(1, TRADING_NET, 1).cluster(20, 2L);

        assertThatThrownBy(() -> planner.byFreeDevices(vm(VM_WITH_VF), plan, avoid, List.of(10L, 20L)))
                .isInstanceOfSatisfying(InsufficientServerCapacityException.class, e -> {
                    assertThat(e.getScope()).isEqualTo(DataCenter.class);
                    assertThat(e.getId()).isEqualTo(ZONE);
                })
                .hasMessageContaining("SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
    }

    @Test
    void byFreeDevices_vmWithoutDeviceRequests_keepsFirstFitOrder() throws Exception {
        assertThat(planner.byFreeDevices(vm(PLAIN_VM), plan, avoid, List.of(30L, 10L))).containsExactly(30L, 10L);
        assertThat(avoid.getClustersToAvoid()).isNull();
    }

    @Test
    void byFreeDevices_noClusterWithCapacity_passesThroughAsFirstFitPlannerSignalsIt() throws Exception {
        assertThat(planner.byFreeDevices(vm(VM_WITH_VF), plan, avoid, null)).isNull();
        assertThat(planner.byFreeDevices(vm(VM_WITH_VF), plan, avoid, List.of())).isEmpty();
    }

    @Test
    void removeClustersCrossingThreshold_keepsEveryCluster() {
        List<Long> clusters = new ArrayList<>(List.of(10L, 20L));

        planner.removeClustersCrossingThreshold(clusters, avoid, vm(VM_WITH_VF), plan);

        assertThat(clusters).containsExactly(10L, 20L);
        assertThat(avoid.getClustersToAvoid()).isNull();
    }

    @Test
    void canHandle_anyVm() {
        assertThat(planner.canHandle(vm(PLAIN_VM), plan, avoid)).isTrue();
    }

    private static VirtualMachineProfile vm(long id) {
        VirtualMachineProfile profile = mock(VirtualMachineProfile.class);
        when(profile.getId()).thenReturn(id);
        return profile;
    }
}
