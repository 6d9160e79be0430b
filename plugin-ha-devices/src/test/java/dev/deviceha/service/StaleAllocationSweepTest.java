package dev.deviceha.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.VmPlacement;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Allocations whose VM CloudStack no longer has on their host are released; everything else is left alone. */
@ExtendWith(MariaDbExtension.class)
class StaleAllocationSweepTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final HostRef HOST = new HostRef(7, 1L, 1L);
    private static final List<DeviceRequest> ONE_VF = List.of(DeviceRequest.of(NET, 1));

    private final Map<Long, Long> hostOfVm = new HashMap<>();
    private final List<String> unstaged = new ArrayList<>();
    private AllocationRepository repository;
    private DeviceAllocations allocations;
    private Duration grace = Duration.ZERO;

    @BeforeEach
    void setUp(TestDatabase db) {
        db.migrated();
        db.execute("DELETE FROM dha_allocation");
        db.execute("DELETE FROM dha_host_device");
        TestInventory inventory = new TestInventory(db.dataSource());
        List<dev.deviceha.model.inventory.HostDevice> vfs = List.of(TestInventory.vf("0000:3b:02.0", 0),
                TestInventory.vf("0000:3b:02.1", 0), TestInventory.vf("0000:3b:02.2", 0));
        inventory.report(HOST, NET, vfs);
        repository = new AllocationRepository(db.dataSource());
        allocations = new DeviceAllocations(repository,
                new DeviceIdentities(new DeviceIdentityRepository(db.dataSource()), () -> MacPrefix.parse("02:dc")),
                this::vm, new DeviceRequestRepository(db.dataSource()));
    }

    @Test
    void sweep_releasesUnitsOfStoppedMovedAndGoneVms_andKeepsThoseOfVmsOnTheHost() throws Exception {
        long running = 1;
        long stopped = 2;
        long moved = 3;
        for (long vm : List.of(running, stopped, moved)) {
            hostOfVm.put(vm, HOST.hostId());
            allocate(vm);
        }
        hostOfVm.put(stopped, null);
        hostOfVm.put(moved, 99L);
        Thread.sleep(5);

        List<VmPlacement> released = sweep().sweep();

        assertThat(released).extracting(VmPlacement::vmId).containsExactly(stopped, moved);
        assertThat(unstaged).containsExactly("i-2-2-VM", "i-2-3-VM");
        assertThat(repository.placements()).extracting(VmPlacement::vmId).containsExactly(running);

        hostOfVm.remove(running);
        Thread.sleep(5);
        assertThat(sweep().sweep()).extracting(VmPlacement::vmId).containsExactly(running);
        assertThat(repository.placements()).isEmpty();
    }

    @Test
    void sweep_leavesAllocationsYoungerThanTheGrace_whoseVmMayStillBeStarting() {
        hostOfVm.put(4L, HOST.hostId());
        allocate(4);
        hostOfVm.put(4L, null);
        grace = Duration.ofMinutes(10);

        assertThat(sweep().sweep()).isEmpty();
        assertThat(repository.placements()).hasSize(1);
    }

    @Test
    void aStartReusingItsUnits_afterTheSweepTookItsCutoff_keepsThem() throws Exception {
        long vm = 5;
        hostOfVm.put(vm, HOST.hostId());
        allocate(vm);
        hostOfVm.put(vm, null);
        Thread.sleep(5);
        // The sweep read the clock and saw the VM stopped; the VM starts again on the host before the sweep deletes.
        Instant cutoff = repository.databaseNow();
        Thread.sleep(5);
        hostOfVm.put(vm, HOST.hostId());
        allocate(vm);

        assertThat(repository.releaseAllocatedBefore(vm, HOST.hostId(), cutoff)).isZero();
        assertThat(repository.allocationsOf(vm, HOST.hostId())).hasSize(1);
    }

    private void allocate(long vm) {
        assertThat(allocations.allocate(vm, HOST.hostId(), ONE_VF)).isInstanceOf(AllocationOutcome.Allocated.class);
    }

    private StaleAllocationSweep sweep() {
        DeviceAgentPort agents = new DeviceAgentPort() {
            @Override
            public void stage(long hostId, DeviceAssignment assignment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean unstage(long hostId, String vmInstanceName) {
                return unstaged.add(vmInstanceName);
            }
        };
        return new StaleAllocationSweep(repository, this::vm, agents, id -> "kvm-" + id, () -> grace);
    }

    private Optional<VmFacts> vm(long id) {
        if (!hostOfVm.containsKey(id)) {
            return Optional.empty();
        }
        return Optional.of(new VmFacts(id, "00000000-0000-4000-8000-" + String.format("%012d", id), "vm-" + id,
                "i-2-" + id + "-VM", 1L, 1L, 2L, hostOfVm.get(id)));
    }
}
