package dev.deviceha.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.RequestDeclarations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness through the real allocation store, and alerting once per change across management servers. */
@ExtendWith(MariaDbExtension.class)
class ReadinessMonitorTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final HostRef A = new HostRef(1, 1L, 1L);
    private static final HostRef B = new HostRef(2, 1L, 1L);

    private TestDatabase db;
    private AllocationRepository allocations;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        db.execute("DELETE FROM dha_allocation");
        db.execute("DELETE FROM dha_ha_readiness");
        db.execute("DELETE FROM dha_device_request");
        allocations = new AllocationRepository(db.dataSource());
        TestInventory inventory = new TestInventory(db.dataSource());
        inventory.report(A, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        inventory.report(B, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        allocations.allocate(A.hostId(), new VmRef(7, "i-2-7-VM"), List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));
    }

    @Test
    void run_reportsLossOnceAndRegainOnce_evenWithTwoManagementServers() {
        ReadinessMonitor first = monitor();
        ReadinessMonitor second = monitor();

        List<ProtectionChange> protectedAtFirst = first.run();
        allocations.allocate(B.hostId(), new VmRef(8, "i-2-8-VM"), List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));
        List<ProtectionChange> lost = first.run();
        List<ProtectionChange> lostSeenAgain = second.run();
        allocations.release(8);
        List<ProtectionChange> regained = second.run();

        assertThat(protectedAtFirst).isEmpty();
        assertThat(lost).extracting(change -> change.readiness().vmId()).containsExactly(7L, 8L);
        assertThat(lost.get(0)).satisfies(change -> {
            assertThat(change.lost()).isTrue();
            assertThat(change.readiness().vmId()).isEqualTo(7);
            assertThat(change.readiness().reason()).contains("SRIOV_VF/trading-net (needs 1, at most 0 free");
        });
        assertThat(lostSeenAgain).isEmpty();
        assertThat(regained).singleElement().satisfies(change -> assertThat(change.lost()).isFalse());
    }

    @Test
    void run_aVmWhoseDetailTurnsMalformed_losesProtectionOnce_namingTheDetail_andRegainsItWhenFixed() {
        Map<Long, String> vmDetails = new HashMap<>(Map.of(7L, "SRIOV_VF/trading-net"));
        ReadinessMonitor first = monitor(declaredFrom(vmDetails));
        ReadinessMonitor second = monitor(declaredFrom(vmDetails));

        List<ProtectionChange> whileReadable = first.run();
        vmDetails.put(7L, "SRIOV_VF/trading-net;numa=sometimes");
        List<ProtectionChange> lost = first.run();
        List<ProtectionChange> lostSeenAgain = second.run();
        vmDetails.put(7L, "SRIOV_VF/trading-net");
        List<ProtectionChange> regained = second.run();

        assertThat(whileReadable).isEmpty();
        assertThat(lost).singleElement().satisfies(change -> {
            assertThat(change.lost()).isTrue();
            assertThat(change.readiness().vmId()).isEqualTo(7);
            assertThat(change.readiness().reason()).startsWith("malformed deviceha.requests detail: invalid device"
                    + " request 1 \"SRIOV_VF/trading-net;numa=sometimes\": option numa: ").endsWith("(in the VM's own"
                    + " detail)");
        });
        assertThat(lostSeenAgain).isEmpty();
        assertThat(regained).singleElement().satisfies(change -> assertThat(change.lost()).isFalse());
    }

    @Test
    void ifHostFails_namesTheVmsThatCouldNotRestart() {
        allocations.allocate(B.hostId(), new VmRef(8, "i-2-8-VM"), List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));

        List<VmReadiness> ifAFails = service().ifHostFails(A.hostId());

        assertThat(ifAFails).singleElement().satisfies(vm -> {
            assertThat(vm.vmId()).isEqualTo(7);
            assertThat(vm.isProtected()).isFalse();
        });
    }

    private ReadinessMonitor monitor() {
        return monitor(vmId -> List.of(DeviceRequest.of(NET, 1)));
    }

    private ReadinessMonitor monitor(DeviceRequestSource requests) {
        return new ReadinessMonitor(service(requests), new ReadinessLedger(db.dataSource()));
    }

    private HaReadinessService service() {
        return service(vmId -> List.of(DeviceRequest.of(NET, 1)));
    }

    private HaReadinessService service(DeviceRequestSource requests) {
        return new HaReadinessService(allocations, new InventoryFreeDevices(allocations),
                host -> host == A.hostId() ? List.of(B.hostId()) : List.of(A.hostId()), requests);
    }

    /** The plugin's own merge over VM details held in a map, with no offering detail and no API request. */
    private DeclaredDeviceRequests declaredFrom(Map<Long, String> vmDetails) {
        return new DeclaredDeviceRequests(new RequestDeclarations() {
            @Override
            public Optional<String> offeringDetail(long vmId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> vmDetail(long vmId) {
                return Optional.ofNullable(vmDetails.get(vmId));
            }
        }, new DeviceRequestRepository(db.dataSource()));
    }
}
