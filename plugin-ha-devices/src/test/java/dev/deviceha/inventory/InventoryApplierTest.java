package dev.deviceha.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.allocation.AllocationOutcome;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class InventoryApplierTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final AtomicLong HOST_IDS = new AtomicLong(200);
    private static final HostDevice VF0 = TestInventory.vf("0000:3b:02.0", 0);
    private static final HostDevice VF1 = TestInventory.vf("0000:3b:02.1", 0);

    private TestDatabase db;
    private InventoryApplier applier;
    private InventoryRepository inventory;
    private AllocationRepository allocations;
    private HostRef host;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        // No grace: an allocation not seen on the host is judged at the next report.
        this.applier = new InventoryApplier(db.dataSource(), Duration.ZERO);
        this.inventory = new InventoryRepository(db.dataSource());
        this.allocations = new AllocationRepository(db.dataSource());
        this.host = new HostRef(HOST_IDS.incrementAndGet(), 3L, 1L);
    }

    @Test
    void apply_addsThenUpdatesChangedDevices() {
        AppliedReport first = applier.apply(host, List.of(VF0, VF1));
        AppliedReport second = applier.apply(host, List.of(VF0, VF1.toBuilder().driver("mlx5_core").build()));

        assertThat(first.reconciliation().added()).containsExactly(VF0, VF1);
        assertThat(second.reconciliation().changed()).singleElement()
                .satisfies(change -> assertThat(change.fields()).containsExactly("driver"));
        assertThat(inventory.devices(host.hostId())).extracting(device -> device.device().driver())
                .containsExactly("vfio-pci", "mlx5_core");
    }

    @Test
    void apply_vanishedDevice_staysAsMissingAndComesBack() {
        applier.apply(host, List.of(VF0, VF1));

        AppliedReport without = applier.apply(host, List.of(VF0));
        List<StoredDevice> afterVanish = inventory.devices(host.hostId());
        applier.apply(host, List.of(VF0, VF1));

        assertThat(without.reconciliation().vanished()).extracting(StoredDevice::address).containsExactly(VF1.address());
        assertThat(afterVanish).extracting(StoredDevice::state).containsExactly(DeviceState.PRESENT, DeviceState.MISSING);
        assertThat(inventory.devices(host.hostId())).extracting(StoredDevice::state)
                .containsOnly(DeviceState.PRESENT);
    }

    @Test
    void apply_vanishedDeviceWithAllocation_returnsTheAllocation() {
        new TestInventory(db.dataSource()).report(host, NET, List.of(VF0));
        VmRef vm = new VmRef(host.hostId() * 1000, "i-2-" + host.hostId() * 1000 + "-VM");
        allocations.allocate(host.hostId(), vm, List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));

        AppliedReport applied = applier.apply(host, List.of());

        assertThat(applied.allocationsOnVanished()).singleElement()
                .satisfies(unit -> assertThat(unit.vmId()).isEqualTo(vm.id()));
        assertThat(allocations.allocationsOf(vm.id())).extracting(AllocatedUnit::deviceMissing).containsExactly(true);
    }

    @Test
    void apply_deviceInUseButUnallocated_isRecordedAndKeptFromTheAllocator() {
        new TestInventory(db.dataSource()).report(host, NET, List.of(VF0));

        AppliedReport applied = applier.apply(host, List.of(VF0.toBuilder().usedBy("rogue-domain").build()));
        AllocationOutcome attempt = allocations.allocate(host.hostId(), new VmRef(1, "i-2-1-VM"),
                List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));

        assertThat(applied.reconciliation().conflicts()).extracting(InventoryConflict::type)
                .containsExactly(ConflictType.IN_USE_BUT_UNALLOCATED);
        assertThat(inventory.openConflicts(host.hostId())).singleElement().satisfies(conflict -> {
            assertThat(conflict.address()).isEqualTo(VF0.address());
            assertThat(conflict.reportedUsedBy()).isEqualTo("rogue-domain");
        });
        assertThat(attempt).isInstanceOf(AllocationOutcome.Refused.class);
    }

    @Test
    void apply_allocatedDeviceFreeOrElsewhereOnHost_keepsTheAllocationAndRecordsTheConflict() {
        new TestInventory(db.dataSource()).report(host, NET, List.of(VF0, VF1));
        VmRef vm = new VmRef(host.hostId() * 1000, "i-2-" + host.hostId() * 1000 + "-VM");
        allocations.allocate(host.hostId(), vm, List.of(new UnitRequest(NET, 2, NumaPolicy.NONE)));

        AppliedReport applied = applier.apply(host, List.of(VF0, VF1.toBuilder().usedBy("i-3-77-VM").build()));

        assertThat(applied.reconciliation().conflicts()).extracting(InventoryConflict::type)
                .containsExactlyInAnyOrder(ConflictType.ALLOCATED_BUT_FREE_ON_HOST,
                        ConflictType.ALLOCATED_BUT_USED_BY_OTHER);
        assertThat(allocations.allocationsOf(vm.id())).hasSize(2);
        assertThat(inventory.openConflicts(host.hostId())).extracting(RecordedConflict::allocatedVmId)
                .containsOnly(vm.id());
    }

    @Test
    void apply_conflictSeenAgainThenGone_isRefreshedThenClosed() {
        HostDevice used = VF0.toBuilder().usedBy("rogue-domain").build();
        applier.apply(host, List.of(used));
        long firstId = inventory.openConflicts(host.hostId()).get(0).id();

        applier.apply(host, List.of(used));
        List<RecordedConflict> stillOpen = inventory.openConflicts(host.hostId());
        applier.apply(host, List.of(VF0));

        assertThat(stillOpen).extracting(RecordedConflict::id).containsExactly(firstId);
        assertThat(inventory.openConflicts(host.hostId())).isEmpty();
        assertThat(inventory.openConflicts()).noneMatch(conflict -> conflict.hostId() == host.hostId());
    }

    @Test
    void apply_reportWithOverlongAddress_writesNothing() {
        HostDevice overlong =
                HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "x".repeat(161)).build();

        assertThatIllegalArgumentException().isThrownBy(() -> applier.apply(host, List.of(VF0, overlong)));
        assertThat(inventory.devices(host.hostId())).isEmpty();
    }
}
