package dev.deviceha.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitPickerTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef T4_1Q = TagRef.of(DeviceKind.VGPU, "tesla-t4-1q");

    @Test
    void pick_numaPreferred_takesTheTightestNodeThatFits() {
        List<AllocatableDevice> pools = List.of(vf(1, 0), vf(2, 0), vf(3, 0), vf(4, 1), vf(5, 1));

        UnitPicker.Picks picks = UnitPicker.pick(pools, List.of(new UnitRequest(NET, 2, NumaPolicy.PREFERRED)));

        assertThat(picks.units()).extracting(unit -> unit.pool().numaNode()).containsOnly(1);
    }

    @Test
    void pick_numaPreferredWithoutAFittingNode_spreadsAcrossNodes() {
        List<AllocatableDevice> pools = List.of(vf(1, 0), vf(2, 1));

        UnitPicker.Picks picks = UnitPicker.pick(pools, List.of(new UnitRequest(NET, 2, NumaPolicy.PREFERRED)));

        assertThat(picks.granted()).isTrue();
        assertThat(picks.units()).extracting(unit -> unit.pool().numaNode()).containsExactly(0, 1);
    }

    @Test
    void pick_vgpu_prefersAGpuAlreadyRunningTheType() {
        AllocatableDevice emptyGpu = vgpu(1, "0000:3b:00.0", Set.of());
        AllocatableDevice busyGpu = vgpu(2, "0000:af:00.0", Set.of(0));

        UnitPicker.Picks picks = UnitPicker.pick(List.of(emptyGpu, busyGpu),
                List.of(new UnitRequest(T4_1Q, 1, NumaPolicy.NONE)));

        assertThat(picks.units()).singleElement().satisfies(unit -> {
            assertThat(unit.pool()).isEqualTo(busyGpu);
            assertThat(unit.slot()).isEqualTo(1);
        });
    }

    @Test
    void pick_secondRequestNotMet_picksNothing() {
        UnitPicker.Picks picks = UnitPicker.pick(List.of(vf(1, 0)),
                List.of(new UnitRequest(NET, 1, NumaPolicy.NONE), new UnitRequest(NET, 1, NumaPolicy.NONE)));

        assertThat(picks.granted()).isFalse();
        assertThat(picks.units()).isEmpty();
        assertThat(picks.available()).isZero();
    }

    private static AllocatableDevice vf(long id, int node) {
        return new AllocatableDevice(id, 1, "0000:3b:02." + id, NET, DeviceBacking.PCI_FUNCTION, "0000:3b:00.0", null,
                node, 1, true, Set.of());
    }

    private static AllocatableDevice vgpu(long id, String gpu, Set<Integer> taken) {
        return new AllocatableDevice(id, 1, gpu + "/nvidia-222", T4_1Q, DeviceBacking.MDEV_TYPE, gpu,
                MdevTypeId.parse("nvidia-222"), 0, 16, true, taken);
    }
}
