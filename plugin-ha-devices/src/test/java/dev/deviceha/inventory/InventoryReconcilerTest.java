package dev.deviceha.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.TestInventory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryReconcilerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minusSeconds(3600);
    private static final HostDevice VF = TestInventory.vf("0000:3b:02.0", 0);

    @Test
    void reconcile_newDevice_isAdded() {
        Reconciliation r = InventoryReconciler.reconcile(List.of(VF), List.of(), List.of(), NOW);

        assertThat(r.added()).containsExactly(VF);
        assertThat(r.changed()).isEmpty();
        assertThat(r.vanished()).isEmpty();
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void reconcile_changedDriverAndNode_namesExactlyThoseFields() {
        HostDevice after = VF.toBuilder().driver("mlx5_core").numaNode(1).usedBy("i-2-9-VM").build();

        Reconciliation r = InventoryReconciler.reconcile(List.of(after), List.of(stored(1, VF)),
                List.of(held(VF, "i-2-9-VM", LONG_AGO)), NOW);

        assertThat(r.changed()).singleElement()
                .satisfies(change -> assertThat(change.fields()).containsExactlyInAnyOrder("driver", "numaNode"));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void reconcile_missingDeviceReturns_isAChangeOfState() {
        StoredDevice missing = new StoredDevice(1, VF, DeviceState.MISSING, null, false);

        Reconciliation r = InventoryReconciler.reconcile(List.of(VF), List.of(missing), List.of(), NOW);

        assertThat(r.changed()).singleElement().satisfies(change -> assertThat(change.fields()).containsExactly("state"));
    }

    @Test
    void reconcile_unreportedDevice_vanishesOnce() {
        StoredDevice present = stored(1, VF);
        StoredDevice alreadyMissing = new StoredDevice(2, TestInventory.vf("0000:3b:02.1", 0), DeviceState.MISSING,
                null, false);

        Reconciliation r = InventoryReconciler.reconcile(List.of(), List.of(present, alreadyMissing), List.of(), NOW);

        assertThat(r.vanished()).containsExactly(present);
    }

    @Test
    void reconcile_deviceInUseWithoutAllocation_isAConflict() {
        HostDevice used = VF.toBuilder().usedBy("rogue-domain").build();

        Reconciliation r = InventoryReconciler.reconcile(List.of(used), List.of(stored(1, VF)), List.of(), NOW);

        assertThat(r.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.type()).isEqualTo(ConflictType.IN_USE_BUT_UNALLOCATED);
            assertThat(conflict.reportedUsedBy()).isEqualTo("rogue-domain");
        });
    }

    @Test
    void reconcile_allocatedDeviceFreeOnHost_isAConflictOnceTheGraceHasPassed() {
        Reconciliation old = InventoryReconciler.reconcile(List.of(VF), List.of(stored(1, VF)),
                List.of(held(VF, "i-2-9-VM", LONG_AGO)), NOW);
        Reconciliation fresh = InventoryReconciler.reconcile(List.of(VF), List.of(stored(1, VF)),
                List.of(held(VF, "i-2-9-VM", NOW.plusSeconds(1))), NOW);

        assertThat(old.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.type()).isEqualTo(ConflictType.ALLOCATED_BUT_FREE_ON_HOST);
            assertThat(conflict.allocatedVmId()).isEqualTo(9);
        });
        assertThat(fresh.conflicts()).isEmpty();
    }

    @Test
    void reconcile_allocatedDeviceUsedByAnotherDomain_isAConflictEvenWhenFresh() {
        HostDevice used = VF.toBuilder().usedBy("i-3-77-VM").build();

        Reconciliation r = InventoryReconciler.reconcile(List.of(used), List.of(stored(1, VF)),
                List.of(held(VF, "i-2-9-VM", NOW.plusSeconds(1))), NOW);

        assertThat(r.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.type()).isEqualTo(ConflictType.ALLOCATED_BUT_USED_BY_OTHER));
    }

    @Test
    void reconcile_poolWithMoreInstancesThanAllocations_isAConflict() {
        HostDevice pool = TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 4, 0);
        HostDevice twoOnHost = pool.toBuilder().availableInstances(2).build();

        Reconciliation r = InventoryReconciler.reconcile(List.of(twoOnHost), List.of(stored(1, pool)),
                List.of(held(pool, "i-2-9-VM", LONG_AGO)), NOW);

        assertThat(r.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.type()).isEqualTo(ConflictType.IN_USE_BUT_UNALLOCATED));
        assertThat(r.changed()).as("instance counts are usage, not a change").isEmpty();
    }

    @Test
    void reconcile_sameAddressTwice_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InventoryReconciler.reconcile(List.of(VF, VF), List.of(), List.of(), NOW))
                .withMessageContaining("twice");
    }

    private static StoredDevice stored(long id, HostDevice device) {
        return new StoredDevice(id, device, DeviceState.PRESENT, null, false);
    }

    private static HeldUnit held(HostDevice device, String vmInstanceName, Instant at) {
        long vmId = Long.parseLong(vmInstanceName.split("-")[2]);
        return new HeldUnit(device.address(), vmId, vmInstanceName, 0, at);
    }
}
