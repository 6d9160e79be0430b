package dev.deviceha.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class AllocationRepositoryTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef STORAGE = TagRef.of(DeviceKind.SRIOV_VF, "storage-net");
    private static final TagRef T4_1Q = TagRef.of(DeviceKind.VGPU, "tesla-t4-1q");
    private static final TagRef T4_2Q = TagRef.of(DeviceKind.VGPU, "tesla-t4-2q");
    private static final String GPU = "0000:af:00.0";
    private static final AtomicLong HOST_IDS = new AtomicLong(100);

    private TestDatabase db;
    private TestInventory inventory;
    private AllocationRepository allocations;
    private HostRef host;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        this.inventory = new TestInventory(db.dataSource());
        this.allocations = new AllocationRepository(db.dataSource());
        this.host = new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L);
    }

    @Test
    void allocate_severalRequests_grantsAllOrNothing() {
        List<HostDevice> vfs = List.of(TestInventory.vf("0000:3b:02.0", 0), TestInventory.vf("0000:3b:02.1", 0));
        HostDevice pool = TestInventory.vgpuPool(GPU, "nvidia-222", 1, 0);
        inventory.report(host, List.of(vfs.get(0), vfs.get(1), pool));
        inventory.tagAll(host, NET, vfs);
        inventory.tagAll(host, T4_1Q, List.of(pool));
        VmRef vm = vm(1);

        AllocationOutcome tooMuch = allocations.allocate(host.hostId(), vm,
                List.of(new UnitRequest(NET, 2, NumaPolicy.NONE), new UnitRequest(T4_1Q, 2, NumaPolicy.NONE)));
        AllocationOutcome fits = allocations.allocate(host.hostId(), vm,
                List.of(new UnitRequest(NET, 2, NumaPolicy.NONE), new UnitRequest(T4_1Q, 1, NumaPolicy.NONE)));

        assertThat(tooMuch).isInstanceOfSatisfying(AllocationOutcome.Refused.class, refused -> {
            assertThat(refused.unmet().tag()).isEqualTo(T4_1Q);
            assertThat(refused.available()).isEqualTo(1);
        });
        assertThat(fits).isInstanceOf(AllocationOutcome.Granted.class);
        assertThat(allocations.allocationsOf(vm.id())).extracting(AllocatedUnit::address)
                .containsExactly("0000:3b:02.0", "0000:3b:02.1", GPU + "/nvidia-222");
    }

    @Test
    void allocate_mdevPool_givesAtMostTotalInstancesInDistinctSlots() {
        inventory.report(host, T4_1Q, List.of(TestInventory.vgpuPool(GPU, "nvidia-222", 3, 0)));

        for (int vm = 1; vm <= 3; vm++) {
            assertThat(allocations.allocate(host.hostId(), vm(vm), one(T4_1Q)))
                    .isInstanceOf(AllocationOutcome.Granted.class);
        }
        AllocationOutcome fourth = allocations.allocate(host.hostId(), vm(4), one(T4_1Q));

        assertThat(fourth).isInstanceOf(AllocationOutcome.Refused.class);
        assertThat(db.queryLong("SELECT COUNT(DISTINCT slot) FROM dha_allocation WHERE host_id = " + host.hostId()))
                .isEqualTo(3);
    }

    @Test
    void allocate_otherVgpuTypeOnAGpuInUse_isRefusedUntilTheGpuIsEmpty() {
        inventory.report(host, T4_1Q, List.of(TestInventory.vgpuPool(GPU, "nvidia-222", 16, 0),
                TestInventory.vgpuPool(GPU, "nvidia-223", 8, 0)));
        inventory.tagAll(host, T4_2Q, List.of(TestInventory.vgpuPool(GPU, "nvidia-223", 8, 0)));
        allocations.allocate(host.hostId(), vm(1), one(T4_1Q));

        AllocationOutcome otherType = allocations.allocate(host.hostId(), vm(2), one(T4_2Q));
        List<HostDevices> freeWhileUsed = allocations.freeUnits(List.of(host.hostId()), Set.of(T4_1Q, T4_2Q));
        List<HostDevices> otherTypeWhileUsed = allocations.freeUnits(List.of(host.hostId()), Set.of(T4_2Q));
        allocations.release(vm(1).id());
        AllocationOutcome afterRelease = allocations.allocate(host.hostId(), vm(2), one(T4_2Q));

        assertThat(otherType).isInstanceOf(AllocationOutcome.Refused.class);
        assertThat(freeWhileUsed)
                .containsExactly(new HostDevices(host.hostId(), List.of(new DevicePool(T4_1Q, 0, 15))));
        assertThat(otherTypeWhileUsed).as("asked only about the other type, the GPU is still committed").isEmpty();
        assertThat(afterRelease).isInstanceOf(AllocationOutcome.Granted.class);
    }

    @Test
    void allocate_numaRequired_takesOneNodeOrNothing() {
        inventory.report(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0), TestInventory.vf("0000:3b:02.1", 1),
                TestInventory.vf("0000:86:02.0", 1)));

        AllocationOutcome three = allocations.allocate(host.hostId(), vm(1),
                List.of(new UnitRequest(NET, 3, NumaPolicy.REQUIRED)));
        AllocationOutcome two = allocations.allocate(host.hostId(), vm(1),
                List.of(new UnitRequest(NET, 2, NumaPolicy.REQUIRED)));

        assertThat(three).isInstanceOfSatisfying(AllocationOutcome.Refused.class,
                refused -> assertThat(refused.available()).isEqualTo(2));
        assertThat(two).isInstanceOfSatisfying(AllocationOutcome.Granted.class,
                granted -> assertThat(granted.units()).extracting(AllocatedUnit::numaNode).containsOnly(1));
    }

    @Test
    void allocate_skipsDevicesCloudStackManagesOrThatAreMissing() {
        HostDevice managed = TestInventory.vf("0000:3b:02.0", 0);
        HostDevice vanishing = TestInventory.vf("0000:3b:02.1", 0);
        inventory.report(host, NET, List.of(managed, vanishing));
        new InventoryRepository(db.dataSource()).setCloudStackManaged(host.hostId(), Map.of(managed.address(), true));
        new InventoryApplier(db.dataSource()).apply(host, List.of(managed));

        assertThat(allocations.allocate(host.hostId(), vm(1), one(NET))).isInstanceOf(AllocationOutcome.Refused.class);
        assertThat(allocations.freeUnits(List.of(host.hostId()), Set.of(NET))).isEmpty();
    }

    @Test
    void release_byVmAndHost_leavesTheVmsOtherHostsAlone() {
        HostRef other = new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L);
        inventory.report(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        inventory.report(other, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        allocations.allocate(host.hostId(), vm(7), one(NET));
        allocations.allocate(other.hostId(), vm(7), one(NET));

        long vm = vm(7).id();

        int released = allocations.release(vm, host.hostId());

        assertThat(released).isEqualTo(1);
        assertThat(allocations.allocationsOf(vm)).extracting(AllocatedUnit::hostId).containsExactly(other.hostId());
        assertThat(allocations.release(vm)).isEqualTo(1);
        assertThat(allocations.allocationsOf(vm)).isEmpty();
    }

    @Test
    void allocationsOf_aVmOnTwoHosts_byHost_isWhatItHoldsOnThatHostOnly() {
        HostRef other = new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L);
        inventory.report(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        inventory.report(other, NET, List.of(TestInventory.vf("0000:3b:02.1", 0)));
        allocations.allocate(host.hostId(), vm(8), one(NET));
        allocations.allocate(other.hostId(), vm(8), one(NET));

        assertThat(allocations.allocationsOf(vm(8).id(), other.hostId()))
                .extracting(AllocatedUnit::hostId, AllocatedUnit::address)
                .containsExactly(tuple(other.hostId(), "0000:3b:02.1"));
    }

    @Test
    void placementOf_aVmOnTwoHosts_isTheOnePlacementsListsFirst() {
        HostRef other = new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L);
        inventory.report(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        inventory.report(other, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        allocations.allocate(other.hostId(), vm(8), one(NET));
        allocations.allocate(host.hostId(), vm(8), one(NET));
        long vm = vm(8).id();

        VmPlacement first = allocations.placements().stream().filter(p -> p.vmId() == vm).findFirst().orElseThrow();

        assertThat(allocations.placementOf(vm)).contains(first);
        assertThat(first.hostId()).isEqualTo(host.hostId());
        assertThat(allocations.placementOf(vm(9).id())).isEmpty();
    }

    @Test
    void freeUnits_forSeveralHosts_countsPerHostTagAndNode_ofTheTagsAskedFor() {
        HostRef other = new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L);
        inventory.report(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0), TestInventory.vf("0000:3b:02.1", 1),
                TestInventory.vf("0000:3b:02.2", 1), TestInventory.vf("0000:3b:02.3", 0)));
        HostDevice otherTagged = TestInventory.vf("0000:3b:03.0", null);
        inventory.report(other, NET, List.of(TestInventory.vf("0000:3b:02.0", null), otherTagged));
        inventory.tagAll(other, STORAGE, List.of(otherTagged));
        allocations.allocate(host.hostId(), vm(1), List.of(new UnitRequest(NET, 2, NumaPolicy.NONE))); // node 0's two

        List<HostDevices> free = allocations.freeUnits(List.of(host.hostId(), other.hostId()), Set.of(NET));

        assertThat(free).containsExactly(
                new HostDevices(host.hostId(), List.of(new DevicePool(NET, 1, 2))),
                new HostDevices(other.hostId(), List.of(new DevicePool(NET, null, 1))));
    }

    /** VM ids unique to the test: tests share the class's database. */
    private VmRef vm(long n) {
        long id = host.hostId() * 1000 + n;
        return new VmRef(id, "i-2-" + id + "-VM");
    }

    private static List<UnitRequest> one(TagRef tag) {
        return List.of(new UnitRequest(tag, 1, NumaPolicy.NONE));
    }
}
