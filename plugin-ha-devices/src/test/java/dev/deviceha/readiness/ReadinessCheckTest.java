package dev.deviceha.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef HCT = TagRef.of(DeviceKind.HCT, "sm-crypto");

    @Test
    void check_aPeerWithEveryRequestedDeviceFree_protectsTheVm() {
        VmOnHost vm = vm(1, DeviceRequest.of(NET, 2), DeviceRequest.of(HCT, 1));

        VmReadiness readiness = ReadinessCheck.check(vm, List.of(host(20, pool(NET, 0, 1)),
                host(21, pool(NET, 0, 2), pool(HCT, 0, 1))));

        assertThat(readiness.isProtected()).isTrue();
        assertThat(readiness.candidateHosts()).containsExactly(21L);
        assertThat(readiness.reason()).isNull();
    }

    @Test
    void check_noPeerWithTheDevices_namesTheMissingKindAndTag() {
        VmOnHost vm = vm(1, DeviceRequest.of(NET, 2), DeviceRequest.of(HCT, 1));

        VmReadiness readiness = ReadinessCheck.check(vm, List.of(host(20, pool(NET, 0, 1), pool(HCT, 0, 1))));

        assertThat(readiness.isProtected()).isFalse();
        assertThat(readiness.reason()).isEqualTo(
                "no host has the requested devices free: SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
    }

    @Test
    void check_noPeerAtAll_saysSo() {
        VmReadiness readiness = ReadinessCheck.check(vm(1, DeviceRequest.of(NET, 1)), List.of());

        assertThat(readiness.isProtected()).isFalse();
        assertThat(readiness.reason()).isEqualTo("no other Up and Enabled host in its cluster");
    }

    @Test
    void check_numaRequired_needsTheDevicesOnOneNode() {
        VmOnHost vm = vm(1, DeviceRequest.builder(NET).count(2).numa(NumaPolicy.REQUIRED).build());

        VmReadiness readiness = ReadinessCheck.check(vm, List.of(host(20, pool(NET, 0, 1), pool(NET, 1, 1))));

        assertThat(readiness.isProtected()).isFalse();
        assertThat(readiness.reason()).contains("on one NUMA node");
    }

    @Test
    void ifHostFails_laterVmsSeeWhatEarlierOnesTook() {
        List<VmOnHost> onFailedHost = List.of(vm(1, DeviceRequest.of(NET, 2)), vm(2, DeviceRequest.of(NET, 2)),
                vm(3, DeviceRequest.of(NET, 1)));

        List<VmReadiness> outcome = ReadinessCheck.ifHostFails(onFailedHost,
                List.of(host(20, pool(NET, 0, 3)), host(21, pool(NET, 0, 1))));

        assertThat(outcome).extracting(VmReadiness::vmId, VmReadiness::isProtected, VmReadiness::candidateHosts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, true, List.of(20L)),
                        org.assertj.core.groups.Tuple.tuple(2L, false, List.of()),
                        org.assertj.core.groups.Tuple.tuple(3L, true, List.of(20L)));
        assertThat(outcome.get(1).reason()).contains("SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
    }

    private static VmOnHost vm(long id, DeviceRequest... requests) {
        return new VmOnHost(id, "i-2-" + id + "-VM", 10, List.of(requests));
    }

    private static HostDevices host(long id, DevicePool... pools) {
        return new HostDevices(id, List.of(pools));
    }

    private static DevicePool pool(TagRef tag, int node, int free) {
        return new DevicePool(tag, node, free);
    }
}
