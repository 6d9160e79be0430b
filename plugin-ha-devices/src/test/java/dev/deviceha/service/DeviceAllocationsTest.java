package dev.deviceha.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.request.RequestOwner;
import dev.deviceha.request.StoredDeviceRequest;
import dev.deviceha.request.StoredDeviceIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class DeviceAllocationsTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef T4 = TagRef.of(DeviceKind.VGPU, "t4-1q");
    private static final MacPrefix PREFIX = MacPrefix.parse("02:dc");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private TestDatabase db;
    private TestInventory inventory;
    private DeviceIdentityRepository identityRepository;
    private DeviceRequestRepository requestRepository;
    private AllocationRepository allocationRepository;
    private HostRef hostA;
    private HostRef hostB;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        inventory = new TestInventory(db.dataSource());
        identityRepository = new DeviceIdentityRepository(db.dataSource());
        requestRepository = new DeviceRequestRepository(db.dataSource());
        allocationRepository = new AllocationRepository(db.dataSource());
        hostA = host();
        hostB = host();
        for (HostRef host : List.of(hostA, hostB)) {
            inventory.report(host, List.of(TestInventory.vf("0000:3b:02.0", 0), TestInventory.vf("0000:3b:02.1", 0),
                    TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 2, 0)));
            inventory.tagAll(host, NET, List.of(TestInventory.vf("0000:3b:02.0", 0),
                    TestInventory.vf("0000:3b:02.1", 0)));
            inventory.tagAll(host, T4, List.of(TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 2, 0)));
        }
    }

    @Test
    void allocate_firstTime_fixesMacsUnderThePrefixAndUuids_andBuildsConcreteDevices() {
        long vm = IDS.incrementAndGet();
        DeviceRequest vfs = DeviceRequest.builder(NET).count(2).vlan(new VlanId(100)).trust(true).build();

        List<AssignedDevice> devices = allocated(allocations(PREFIX).allocate(vm, hostA.hostId(),
                List.of(vfs, DeviceRequest.of(T4, 1))));

        assertThat(devices).hasSize(3);
        assertThat(devices.subList(0, 2)).allSatisfy(vf -> {
            assertThat(vf.backing()).isEqualTo(DeviceBacking.PCI_FUNCTION);
            assertThat(PREFIX.contains(vf.mac())).isTrue();
            assertThat(vf.vlan()).isEqualTo(new VlanId(100));
            assertThat(vf.trust()).isTrue();
            assertThat(vf.mdevUuid()).isNull();
        });
        assertThat(devices.get(0).mac()).isNotEqualTo(devices.get(1).mac());
        assertThat(devices.get(0).address().toString()).isEqualTo("0000:3b:02.0");
        AssignedDevice vgpu = devices.get(2);
        assertThat(vgpu.backing()).isEqualTo(DeviceBacking.MDEV_TYPE);
        assertThat(vgpu.parent()).isEqualTo("0000:af:00.0");
        assertThat(vgpu.type().value()).isEqualTo("nvidia-222");
        assertThat(vgpu.mdevUuid()).isNotNull();
        assertThat(vgpu.address()).isNull();
    }

    @Test
    void allocate_afterReleaseAndOnAnotherHost_reusesTheSameMacsAndUuids() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        List<DeviceRequest> requests = List.of(DeviceRequest.of(NET, 2), DeviceRequest.of(T4, 1));

        List<AssignedDevice> first = allocated(allocations.allocate(vm, hostA.hostId(), requests));
        allocations.release(vm, hostA.hostId());
        List<AssignedDevice> again = allocated(allocations.allocate(vm, hostA.hostId(), requests));
        allocations.release(vm, hostA.hostId());
        List<AssignedDevice> moved = allocated(allocations.allocate(vm, hostB.hostId(), requests));

        assertThat(identities(again)).isEqualTo(identities(first));
        assertThat(identities(moved)).isEqualTo(identities(first));
        assertThat(allocationRepository.allocationsOf(vm)).allSatisfy(unit ->
                assertThat(unit.hostId()).isEqualTo(hostB.hostId()));
    }

    @Test
    void holdings_countWhatTheVmHoldsPerTag_untilReleased() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        allocated(allocations.allocate(vm, hostA.hostId(), List.of(DeviceRequest.of(NET, 2), DeviceRequest.of(T4, 1))));

        assertThat(allocations.holdings(vm)).isEqualTo(Map.of(NET, 2L, T4, 1L));
        allocations.release(vm, hostA.hostId());
        assertThat(allocations.holdings(vm)).isEmpty();
    }

    @Test
    void allocate_twiceOnTheSameHost_returnsTheDevicesItHolds() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        List<DeviceRequest> requests = List.of(DeviceRequest.of(NET, 1));

        List<AssignedDevice> first = allocated(allocations.allocate(vm, hostA.hostId(), requests));
        List<AssignedDevice> repeated = allocated(allocations.allocate(vm, hostA.hostId(), requests));

        assertThat(repeated).isEqualTo(first);
        assertThat(allocationRepository.allocationsOf(vm)).hasSize(1);
    }

    @Test
    void allocate_whenTheHostLacksDevices_refusesNamingTheTagAndTakesNothing() {
        long vm = IDS.incrementAndGet();

        AllocationOutcome outcome = allocations(PREFIX).allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.of(NET, 3)));

        assertThat(outcome).isInstanceOfSatisfying(AllocationOutcome.Refused.class, refused -> {
            assertThat(refused.shortfalls()).singleElement().satisfies(s -> {
                assertThat(s.tag()).isEqualTo(NET);
                assertThat(s.needed()).isEqualTo(3);
                assertThat(s.free()).isEqualTo(2);
            });
        });
        assertThat(allocationRepository.allocationsOf(vm)).isEmpty();
    }

    @Test
    void allocate_whenARandomMacIsTakenInTheZone_triesAnotherOne() {
        long first = IDS.incrementAndGet();
        long second = IDS.incrementAndGet();
        allocated(allocations(PREFIX, sequence(7)).allocate(first, hostA.hostId(), List.of(DeviceRequest.of(NET, 1))));

        List<AssignedDevice> devices = allocated(allocations(PREFIX, sequence(7, 7, 9))
                .allocate(second, hostB.hostId(), List.of(DeviceRequest.of(NET, 1))));

        assertThat(devices.get(0).mac()).isEqualTo(PREFIX.nth(9));
    }

    /**
     * Real randomness under a crowded prefix (96 MACs drawn from 256, so draws collide): the zone's unique key and
     * the retry keep every MAC distinct, and each is unicast and locally administered like its prefix.
     */
    @Test
    void allocate_manyVmsUnderACrowdedPrefix_getDistinctLocallyAdministeredUnicastMacs() {
        MacPrefix crowded = MacPrefix.parse("02:dc:00:00:7f");
        DeviceAllocations allocations = allocations(crowded);
        List<MacAddress> macs = new java.util.ArrayList<>();
        for (int i = 0; i < 48; i++) {
            long vm = IDS.incrementAndGet();
            macs.addAll(allocated(allocations.allocate(vm, hostA.hostId(), List.of(DeviceRequest.of(NET, 2))))
                    .stream().map(AssignedDevice::mac).toList());
            allocations.release(vm, hostA.hostId());
        }

        assertThat(macs).hasSize(96).doesNotHaveDuplicates().allSatisfy(mac -> {
            assertThat(crowded.contains(mac)).isTrue();
            long firstOctet = mac.toLong() >>> 40;
            assertThat(firstOctet & 0x02).as("locally administered").isEqualTo(2);
            assertThat(firstOctet & 0x01).as("unicast").isZero();
        });
    }

    @Test
    void allocate_withAFixedMacOfAnotherVm_failsNamingTheMac() {
        MacAddress fixed = MacAddress.parse("02:dc:00:00:10:01");
        DeviceRequest request = DeviceRequest.builder(NET).macs(List.of(fixed)).build();
        allocated(allocations(PREFIX).allocate(IDS.incrementAndGet(), hostA.hostId(), List.of(request)));

        assertThatThrownBy(() -> allocations(PREFIX).allocate(IDS.incrementAndGet(), hostB.hostId(),
                List.of(request))).hasMessageContaining("02:dc:00:00:10:01").hasMessageContaining("another VM");
    }

    @Test
    void allocate_afterTheRequestFixesAMac_usesItFromTheNextStartOn() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        List<AssignedDevice> generated = allocated(allocations.allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.of(NET, 2))));
        allocations.release(vm, hostA.hostId());
        MacAddress fixed = MacAddress.parse("02:dc:00:00:20:01");

        List<AssignedDevice> next = allocated(allocations.allocate(vm, hostB.hostId(),
                List.of(DeviceRequest.builder(NET).count(2).macs(List.of(fixed)).build())));

        assertThat(next).extracting(AssignedDevice::mac).containsExactly(fixed, generated.get(1).mac());
        assertThat(identityRepository.listByVm(vm)).extracting(StoredDeviceIdentity::mac)
                .containsExactly(fixed, generated.get(1).mac());
    }

    @Test
    void allocate_afterTheRequestSwapsItsFixedMacs_swapsThem() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        MacAddress first = MacAddress.parse("02:dc:00:00:40:01");
        MacAddress second = MacAddress.parse("02:dc:00:00:40:02");
        allocated(allocations.allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.builder(NET).count(2).macs(List.of(first, second)).build())));
        allocations.release(vm, hostA.hostId());

        List<AssignedDevice> swapped = allocated(allocations.allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.builder(NET).count(2).macs(List.of(second, first)).build())));

        assertThat(swapped).extracting(AssignedDevice::mac).containsExactly(second, first);
    }

    @Test
    void allocate_afterTheRequestMovesAFixedMacToANewDevice_givesItThere() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        MacAddress first = MacAddress.parse("02:dc:00:00:50:01");
        MacAddress second = MacAddress.parse("02:dc:00:00:50:02");
        allocated(allocations.allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.builder(NET).macs(List.of(first)).build())));
        allocations.release(vm, hostA.hostId());

        List<AssignedDevice> moved = allocated(allocations.allocate(vm, hostA.hostId(),
                List.of(DeviceRequest.builder(NET).count(2).macs(List.of(second, first)).build())));

        assertThat(moved).extracting(AssignedDevice::mac).containsExactly(second, first);
    }

    @Test
    void allocate_afterTheRequestFixesAMacAnotherVmHas_failsAndKeepsTheStoredOne() {
        long other = IDS.incrementAndGet();
        long vm = IDS.incrementAndGet();
        MacAddress taken = MacAddress.parse("02:dc:00:00:30:01");
        allocated(allocations(PREFIX).allocate(other, hostA.hostId(),
                List.of(DeviceRequest.builder(NET).macs(List.of(taken)).build())));
        List<AssignedDevice> generated = allocated(allocations(PREFIX).allocate(vm, hostB.hostId(),
                List.of(DeviceRequest.of(NET, 1))));
        allocations(PREFIX).release(vm, hostB.hostId());

        assertThatThrownBy(() -> allocations(PREFIX).allocate(vm, hostB.hostId(),
                List.of(DeviceRequest.builder(NET).macs(List.of(taken)).build())))
                .hasMessageContaining("02:dc:00:00:30:01").hasMessageContaining("another device in the zone");
        assertThat(identityRepository.listByVm(vm)).extracting(StoredDeviceIdentity::mac)
                .containsExactly(generated.get(0).mac());
    }

    @Test
    void releaseAll_freesEverythingAndForgetsTheIdentitiesAndTheRequestsAddedThroughTheApi() {
        long vm = IDS.incrementAndGet();
        DeviceAllocations allocations = allocations(PREFIX);
        requestRepository.replace(RequestOwner.vm(vm), List.of(new StoredDeviceRequest(NET, 1, NumaPolicy.NONE,
                "SRIOV_VF/trading-net")));
        allocated(allocations.allocate(vm, hostA.hostId(), List.of(DeviceRequest.of(NET, 1))));

        assertThat(allocations.releaseAll(vm)).as("the VM held devices").isTrue();

        assertThat(allocationRepository.allocationsOf(vm)).isEmpty();
        assertThat(identityRepository.listByVm(vm)).isEmpty();
        assertThat(requestRepository.list(RequestOwner.vm(vm))).isEmpty();
        assertThat(requestRepository.ownersRequesting(NET)).doesNotContain(RequestOwner.vm(vm));
    }

    @Test
    void releaseAll_aVmThatNeverHeldDevices_saysSo() {
        long vm = IDS.incrementAndGet();

        assertThat(allocations(PREFIX).releaseAll(vm)).isFalse();
    }

    @Test
    void allocate_numaRequired_keepsTheRequestsNumaPolicy() {
        long vm = IDS.incrementAndGet();
        HostRef split = host();
        inventory.report(split, NET, List.of(TestInventory.vf("0000:3b:02.0", 0), TestInventory.vf("0000:5e:02.0", 1)));

        AllocationOutcome outcome = allocations(PREFIX).allocate(vm, split.hostId(),
                List.of(DeviceRequest.builder(NET).count(2).numa(NumaPolicy.REQUIRED).build()));

        assertThat(outcome).isInstanceOf(AllocationOutcome.Refused.class);
    }

    private DeviceAllocations allocations(MacPrefix prefix) {
        return new DeviceAllocations(allocationRepository,
                new DeviceIdentities(identityRepository, () -> prefix), DeviceAllocationsTest::vm, requestRepository);
    }

    private DeviceAllocations allocations(MacPrefix prefix, RandomGenerator random) {
        return new DeviceAllocations(allocationRepository,
                new DeviceIdentities(identityRepository, () -> prefix, random), DeviceAllocationsTest::vm,
                requestRepository);
    }

    static Optional<VmFacts> vm(long id) {
        return Optional.of(new VmFacts(id, "00000000-0000-4000-8000-" + String.format("%012d", id), "vm-" + id,
                "i-2-" + id + "-VM", 1L, 1L, 2L, null));
    }

    private static RandomGenerator sequence(long... values) {
        AtomicLong next = new AtomicLong();
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return values[(int) Math.min(next.getAndIncrement(), values.length - 1)];
            }

            @Override
            public long nextLong(long bound) {
                return nextLong();
            }
        };
    }

    private static HostRef host() {
        return new HostRef(IDS.incrementAndGet(), 1L, 1L);
    }

    private static List<AssignedDevice> allocated(AllocationOutcome outcome) {
        assertThat(outcome).isInstanceOf(AllocationOutcome.Allocated.class);
        return ((AllocationOutcome.Allocated) outcome).devices();
    }

    private static List<String> identities(List<AssignedDevice> devices) {
        return devices.stream().map(d -> d.tag() + " " + d.mac() + " " + d.mdevUuid()).toList();
    }
}
