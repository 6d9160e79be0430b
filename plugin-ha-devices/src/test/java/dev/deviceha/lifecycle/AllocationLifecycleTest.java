package dev.deviceha.lifecycle;

import static dev.deviceha.lifecycle.VmEvent.MigrationRequested;
import static dev.deviceha.lifecycle.VmEvent.OperationRetry;
import static dev.deviceha.lifecycle.VmEvent.OperationSucceeded;
import static dev.deviceha.lifecycle.VmEvent.StartRequested;
import static dev.deviceha.lifecycle.VmEvent.StopRequested;
import static dev.deviceha.lifecycle.VmState.Expunging;
import static dev.deviceha.lifecycle.VmState.Running;
import static dev.deviceha.lifecycle.VmState.Starting;
import static dev.deviceha.lifecycle.VmState.Stopped;
import static dev.deviceha.lifecycle.VmState.Stopping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks one VM through its life with the allocation store and the agents replaced by in-memory fakes. What this
 * proves is the sequence of allocations and releases CloudStack's transitions cause; that an allocation is atomic in
 * the database when several management servers race is proven by the persistence tests against MariaDB.
 */
class AllocationLifecycleTest {
    private static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final HostNames HOSTS = hostId -> "kvm-" + hostId;
    private static final VmRef VM = new VmRef(42, "0b5c6bde-3a8e-4f7a-9d53-1d2f0e6c9a10", "i-2-42-VM");
    private static final VmRef PLAIN_VM = new VmRef(43, "5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "i-2-43-VM");

    private final InMemoryAllocations allocations = new InMemoryAllocations();
    private final RecordingAgents agents = new RecordingAgents();
    private final AllocationLifecycle lifecycle = new AllocationLifecycle(
            vmId -> vmId == VM.id() ? List.of(DeviceRequest.of(TRADING_NET, 2)) : List.of(),
            allocations, agents, HOSTS);

    /** One transition and the devices the VM holds per host afterwards. */
    private record Step(String what, VmState from, VmEvent event, VmState to, Long oldHost, Long newHost,
            Map<Long, Integer> heldAfter) {
    }

    private static final List<Step> LIFE = List.of(
            new Step("start requested", Stopped, StartRequested, Starting, null, null, Map.of()),
            new Step("attempt on A", Starting, OperationRetry, Starting, null, A, Map.of(A, 2)),
            new Step("running on A", Starting, OperationSucceeded, Running, A, A, Map.of(A, 2)),
            new Step("stop requested", Running, StopRequested, Stopping, A, A, Map.of(A, 2)),
            new Step("stopped: A freed", Stopping, OperationSucceeded, Stopped, A, null, Map.of()),
            new Step("start again", Stopped, StartRequested, Starting, null, null, Map.of()),
            new Step("attempt on A again", Starting, OperationRetry, Starting, null, A, Map.of(A, 2)),
            new Step("running on A again", Starting, OperationSucceeded, Running, A, A, Map.of(A, 2)),
            new Step("A dies: HA stops the VM", Running, StopRequested, Stopping, A, A, Map.of(A, 2)),
            new Step("HA stop done: dead A freed", Stopping, OperationSucceeded, Stopped, A, null, Map.of()),
            new Step("HA start", Stopped, StartRequested, Starting, null, null, Map.of()),
            new Step("HA attempt on B", Starting, OperationRetry, Starting, null, B, Map.of(B, 2)),
            new Step("running on B", Starting, OperationSucceeded, Running, B, B, Map.of(B, 2)),
            new Step("stop requested on B", Running, StopRequested, Stopping, B, B, Map.of(B, 2)),
            new Step("stopped: B freed", Stopping, OperationSucceeded, Stopped, B, null, Map.of()),
            new Step("start requested once more", Stopped, StartRequested, Starting, null, null, Map.of()),
            new Step("attempt on C (its StartCommand will fail)", Starting, OperationRetry, Starting, null, C,
                    Map.of(C, 2)),
            new Step("next attempt on D: C freed", Starting, OperationRetry, Starting, C, D, Map.of(D, 2)),
            new Step("running on D", Starting, OperationSucceeded, Running, D, D, Map.of(D, 2)));

    @BeforeEach
    void twoFreeVfsOnEveryHost() {
        for (long host : List.of(A, B, C, D)) {
            allocations.addFree(host, TRADING_NET, 2);
        }
    }

    @Test
    void aVmLife_allocationFollowsTheVmAndIdentitiesNeverChange() {
        for (Step step : LIFE) {
            transit(VM, step.from(), step.event(), step.to(), step.oldHost(), step.newHost());

            assertThat(allocations.heldCountByHost(VM.id())).as(step.what()).isEqualTo(step.heldAfter());
            for (long host : List.of(A, B, C, D)) {
                assertThat(allocations.free(host, TRADING_NET)).as(step.what() + ": free on host " + host)
                        .isEqualTo(2 - step.heldAfter().getOrDefault(host, 0));
            }
            assertThat(agents.stagedByHost.keySet()).as(step.what() + ": staged on")
                    .containsExactlyInAnyOrderElementsOf(step.heldAfter().keySet());
        }

        List<List<MacAddress>> macsOfEveryStart = agents.everyStaging.stream().map(AllocationLifecycleTest::macs)
                .toList();
        assertThat(macsOfEveryStart).hasSize(5).allSatisfy(macs -> {
            assertThat(macs).hasSize(2).doesNotHaveDuplicates();
            assertThat(macs).isEqualTo(macsOfEveryStart.get(0));
        });
        assertThat(agents.stagedByHost.get(D).vmInstanceName()).isEqualTo("i-2-42-VM");
    }

    /**
     * A start on the VM's last host or on an explicit host id skips the host allocators, and another VM may have
     * taken the devices since planning: the start attempt is where that is caught.
     */
    @Test
    void startAttempt_hostWhoseDevicesAnotherVmTook_failsTheStartNamingTheTagAndTakesNothing() {
        VmRef other = new VmRef(99, "7c9e6679-7425-40de-944b-e07fc1f90ae7", "i-2-99-VM");
        new AllocationLifecycle(vmId -> List.of(DeviceRequest.of(TRADING_NET, 2)), allocations,
                agents, HOSTS).onTransition(other, new VmTransition(Starting, OperationRetry, Starting, null, A));

        assertThatThrownBy(() -> transit(VM, Starting, OperationRetry, Starting, null, A))
                .isInstanceOf(DeviceAllocationException.class)
                .hasMessageContaining("i-2-42-VM")
                .hasMessageContaining("SRIOV_VF/trading-net: needs 2, 0 free");
        assertThat(allocations.heldCountByHost(VM.id())).isEmpty();
        assertThat(agents.stagedByHost.get(A).vmInstanceName()).isEqualTo("i-2-99-VM");
    }

    @Test
    void startAttempt_hostFailsToStage_givesTheDevicesBackAndFailsTheStart() {
        agents.breakHost(A);

        assertThatThrownBy(() -> transit(VM, Starting, OperationRetry, Starting, null, A))
                .isInstanceOf(DeviceAllocationException.class)
                .hasMessageContaining("Cannot start VM i-2-42-VM on host kvm-1: ")
                .hasMessageContaining("bound to vfio-pci");
        assertThat(allocations.heldCountByHost(VM.id())).isEmpty();
        assertThat(allocations.free(A, TRADING_NET)).isEqualTo(2);
    }

    @Test
    void startAttempt_storeFailure_failsTheStartWithTheCause() {
        AllocationLifecycle withBrokenStore = new AllocationLifecycle(
                vmId -> List.of(DeviceRequest.of(TRADING_NET, 2)), new InMemoryAllocations() {
                    @Override
                    public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
                        throw new IllegalStateException("Deadlock found when trying to get lock");
                    }
                }, agents, HOSTS);

        assertThatThrownBy(() -> withBrokenStore.onTransition(VM,
                new VmTransition(Starting, OperationRetry, Starting, null, A)))
                .isInstanceOf(DeviceAllocationException.class)
                .hasMessageContaining("could not be allocated: Deadlock found");
        assertThat(agents.everyStaging).isEmpty();
    }

    @Test
    void migration_ofAVmHoldingDevices_isRefusedAndTheDevicesStay() {
        transit(VM, Starting, OperationRetry, Starting, null, A);

        assertThatThrownBy(() -> lifecycle.beforeTransition(VM, MigrationRequested))
                .isInstanceOf(DeviceAllocationException.class)
                .hasMessageStartingWith("Cannot migrate VM i-2-42-VM: it holds host devices (SRIOV_VF/trading-net x2)");
        assertThat(allocations.heldCountByHost(VM.id())).isEqualTo(Map.of(A, 2));
    }

    @Test
    void migration_ofAVmHoldingNoDevices_goesAhead() {
        lifecycle.beforeTransition(VM, MigrationRequested);

        assertThat(allocations.heldCountByHost(VM.id())).isEmpty();
    }

    @Test
    void startAttempt_vmWithoutRequests_takesNothing() {
        transit(PLAIN_VM, Starting, OperationRetry, Starting, null, A);

        assertThat(allocations.heldCountByHost(PLAIN_VM.id())).isEmpty();
        assertThat(agents.everyStaging).isEmpty();
    }

    @Test
    void expunge_releasesEverythingAndForgetsIdentities() {
        transit(VM, Starting, OperationRetry, Starting, null, B);

        transit(VM, VmState.Destroyed, VmEvent.ExpungeOperation, Expunging, null, null);

        assertThat(allocations.heldCountByHost(VM.id())).isEmpty();
        assertThat(allocations.free(B, TRADING_NET)).isEqualTo(2);
        assertThat(allocations.remembersIdentitiesOf(VM.id())).isFalse();
    }

    @Test
    void stop_ofAVmThatHeldDevices_asksOnlyItsHostToReleaseThem() {
        transit(VM, Starting, OperationRetry, Starting, null, A);
        transit(PLAIN_VM, Starting, OperationRetry, Starting, null, B);

        transit(VM, Stopping, OperationSucceeded, Stopped, A, null);
        transit(PLAIN_VM, Stopping, OperationSucceeded, Stopped, B, null);
        transit(VM, Stopping, OperationSucceeded, Stopped, A, null);

        assertThat(agents.unstagedOn).containsExactly(A);
    }

    @Test
    void release_storeFailure_doesNotBreakTheStop() {
        AllocationLifecycle withBrokenStore = new AllocationLifecycle(vmId -> List.of(), new InMemoryAllocations() {
            @Override
            public int release(long vmId, long hostId) {
                throw new IllegalStateException("database gone");
            }
        }, agents, HOSTS);

        assertThatCode(() -> withBrokenStore.onTransition(VM,
                new VmTransition(Stopping, OperationSucceeded, Stopped, A, null)))
                .doesNotThrowAnyException();
    }

    private void transit(VmRef vm, VmState from, VmEvent event, VmState to, Long oldHost, Long newHost) {
        lifecycle.onTransition(vm, new VmTransition(from, event, to, oldHost, newHost));
    }

    private static List<MacAddress> macs(DeviceAssignment assignment) {
        return assignment.devices().stream().map(AssignedDevice::mac).toList();
    }
}
