package dev.deviceha.failover;

import static dev.deviceha.failover.Inventory.NET;
import static dev.deviceha.failover.Inventory.T4_1Q;
import static dev.deviceha.failover.Inventory.T4_2Q;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.NumaPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverAnalysisTest {
    private static final List<Long> HOSTS = List.of(1L, 2L, 3L);
    private final Inventory inventory = new Inventory();
    private final List<FailoverVm> vms = new ArrayList<>();

    private void run(long vmId, String name, long hostId, UnitRequest... requests) {
        assertThat(inventory.allocate(hostId, List.of(requests))).isPresent();
        vms.add(new FailoverVm(vmId, name, hostId, List.of(requests)));
    }

    private ClusterState cluster() {
        return new ClusterState(7, HOSTS, inventory.devices(), vms);
    }

    private static UnitRequest net(int count) {
        return new UnitRequest(NET, count, NumaPolicy.NONE);
    }

    @Test
    void twoVmsOfOneHostRelyingOnTheSameLastFreeUnit_oneIsStrandedNamingTheTag() {
        inventory.vfs(1, NET, 0, 2).vfs(2, NET, 0, 0).vfs(3, NET, 0, 1);
        run(10, "trader-1", 1, net(1));
        run(11, "trader-2", 1, net(1));

        Stranding ifHost1Fails = FailoverAnalysis.of(cluster(), 1).ifHostsFail(List.of(1L));

        assertThat(ifHost1Fails.restartable()).isEqualTo(1);
        assertThat(ifHost1Fails.stranded()).singleElement().satisfies(vm -> {
            assertThat(vm.name()).isEqualTo("trader-2");
            assertThat(vm.missingTags()).containsExactly(NET);
            assertThat(vm.missing()).contains("SRIOV_VF/trading-net (needs 1, at most 0 free on one host)");
        });
        assertThat(FailoverAnalysis.of(cluster(), 1).holds()).isFalse();
    }

    @Test
    void admit_aStartThatTakesTheUnitAnotherVmNeeds_breaksOnThatHostAndKeepsOnTheOther() {
        inventory.vfs(1, NET, 0, 2).vfs(2, NET, 0, 2).vfs(3, NET, 0, 1);
        run(10, "trader-1", 1, net(2));

        AdmissionDecision decision = FailoverAnalysis.admit(cluster(),
                new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE),
                new StartingVm(20, "web-2", false, List.of(net(1))), List.of(2L, 3L));

        assertThat(decision.keeping()).containsExactly(3L);
        assertThat(decision.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.candidateHostId()).isEqualTo(2);
            assertThat(breach.failedHostIds()).containsExactly(1L);
            assertThat(breach.stranded().name()).isEqualTo("trader-1");
        });
    }

    @Test
    void admit_anHaVmWhoseOwnHostCannotBeAbsorbed_isRefusedNamingItself() {
        inventory.vfs(1, NET, 0, 2).vfs(2, NET, 0, 1).vfs(3, NET, 0, 0);

        AdmissionDecision decision = FailoverAnalysis.admit(cluster(),
                new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE),
                new StartingVm(20, "trader-9", true, List.of(net(2))), List.of(1L));

        assertThat(decision.noneKeeps()).isTrue();
        assertThat(decision.breaches().get(0).stranded().name()).isEqualTo("trader-9");
        assertThat(decision.breaches().get(0).describe(id -> "kvm-" + id))
                .startsWith("on host kvm-1 it would leave VM trader-9 without a host for its devices if host kvm-1"
                        + " failed: no host has the requested devices free: SRIOV_VF/trading-net (needs 2");
    }

    @Test
    void vgpusOfTwoTypesOnOneGpu_cannotBothRestartThere() {
        inventory.gpu(1, 0, 4, 2).gpu(2, 0, 4, 2).gpu(3, 0, 4, 2);
        run(10, "infer-1q", 1, new UnitRequest(T4_1Q, 1, NumaPolicy.NONE));
        run(11, "infer-2q", 2, new UnitRequest(T4_2Q, 1, NumaPolicy.NONE));
        run(12, "other-2q", 3, new UnitRequest(T4_2Q, 1, NumaPolicy.NONE));

        // host 2 fails: its 2Q VM can go to host 3's GPU (runs 2Q), never to host 1's (runs 1Q)
        Stranding stranding = FailoverAnalysis.of(cluster(), 1).ifHostsFail(List.of(2L));

        assertThat(stranding.survives()).isTrue();
        assertThat(FailoverAnalysis.of(new ClusterState(7, List.of(1L, 2L), inventory.devices(),
                vms.subList(0, 2)), 1).holds()).isFalse();
    }

    @Test
    void twoFailures_everyPairIsChecked() {
        inventory.vfs(1, NET, 0, 1).vfs(2, NET, 0, 1).vfs(3, NET, 0, 2);
        run(10, "trader-1", 1, net(1));

        FailoverAnalysis analysis = FailoverAnalysis.of(cluster(), 2);

        assertThat(analysis.strandings()).extracting(Stranding::failedHostIds)
                .containsExactly(List.of(1L, 2L), List.of(1L, 3L), List.of(2L, 3L));
        assertThat(analysis.holds()).isTrue();
    }
}
