package dev.deviceha.cloudstack.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.alert.AlertManager;
import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.Status;
import com.cloud.host.dao.HostDao;
import com.cloud.resource.ResourceManager;
import com.cloud.utils.Pair;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.StateMachine2.Transition;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.cloudstack.agent.AgentDeviceStaging;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.cloudstack.lifecycle.DeviceAllocationStateListener;
import dev.deviceha.cloudstack.lifecycle.HaOutcomeReporter;
import dev.deviceha.command.DeviceFailure;
import dev.deviceha.command.StageDeviceAssignmentAnswer;
import dev.deviceha.command.StageDeviceAssignmentCommand;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.DeviceIdentities;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.SyncedHost;
import dev.deviceha.service.VmFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.cloudstack.alert.AlertService.AlertType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/**
 * The acceptance scenarios through the real services, the real shell classes and a real MariaDB; only
 * CloudStack's collaborators (agents, alerts, host records, the VM) are Mockito mocks. Hosts report their devices
 * through inventory sync, a tag rule tags the VFs, vGPU pools get generated tags, and the VM declares its devices
 * in its VM detail.
 */
@ExtendWith(MariaDbExtension.class)
class DeviceHaAcceptanceTest {
    private static final TagRef TRADING_NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef T4 = TagRef.of(DeviceKind.VGPU, "t4-1q");
    private static final MacPrefix PREFIX = MacPrefix.parse("02:dc");
    private static final long VM_ID = 42;
    private static final long CLUSTER = 7;
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;

    private final Map<Long, String> vmDetails = new HashMap<>();
    private final Map<Long, String> offeringDetails = new HashMap<>();
    private final Map<Long, Status> hostStatus = new HashMap<>();
    private final Set<Long> brokenHosts = new HashSet<>();
    private final Map<Long, List<DeviceAssignment>> staged = new HashMap<>();
    private final AgentManager agents = mock(AgentManager.class);
    private final AlertManager alertManager = mock(AlertManager.class);
    private final HostDao hostDao = mock(HostDao.class);
    private final ResourceManager resources = mock(ResourceManager.class);
    private final VirtualMachine vm = mock(VirtualMachine.class);

    private AllocationRepository allocationRepository;
    private InventorySync inventorySync;
    private DeviceAllocationStateListener listener;
    private DeviceScreening screening;
    private HaRestartWatch haRestarts;

    @BeforeEach
    void setUp(TestDatabase db) throws Exception {
        db.migrated();
        for (String table : List.of("dha_allocation", "dha_device_identity", "dha_inventory_conflict",
                "dha_host_device", "dha_tag_rule", "dha_device_request")) {
            db.execute("DELETE FROM " + table);
        }
        var ds = db.dataSource();
        allocationRepository = new AllocationRepository(ds);
        DeviceTagRepository tags = new DeviceTagRepository(ds);
        tags.ensure(TRADING_NET, null, TagOrigin.ADMIN);
        new TagRuleRepository(ds).create(TRADING_NET, 100, new RuleSelector("15b3", null, null, null, null, null));
        inventorySync = new InventorySync(new InventoryApplier(ds), new InventoryRepository(ds),
                new InventoryEntries(ds), tags, new TagRuleRepository(ds));

        DeclaredDeviceRequests requests = new DeclaredDeviceRequests(new RequestDeclarations() {
            @Override
            public Optional<String> offeringDetail(long vmId) {
                return Optional.ofNullable(offeringDetails.get(vmId));
            }

            @Override
            public Optional<String> vmDetail(long vmId) {
                return Optional.ofNullable(vmDetails.get(vmId));
            }
        }, new DeviceRequestRepository(ds));
        DeviceAllocations allocations = new DeviceAllocations(allocationRepository,
                new DeviceIdentities(new DeviceIdentityRepository(ds), () -> PREFIX),
                vmId -> Optional.of(new VmFacts(vmId, "5f3c1d2e-0000-4000-8000-000000000042", "trader-1",
                        "i-2-42-VM", 1, 1, 2, null)), new DeviceRequestRepository(ds));
        AgentDeviceStaging staging = new AgentDeviceStaging(() -> 120);
        staging.setAgentManager(agents);
        DeviceHaAlerts alerts = new DeviceHaAlerts();
        alerts.setAlertManager(alertManager);
        haRestarts = new HaRestartWatch();
        HaOutcomeReporter reporter = new HaOutcomeReporter();
        NoticeSubjects subjects = new NoticeSubjects();
        subjects.setVmDirectory(vmId -> Optional.of(new VmFacts(vmId, "5f3c1d2e-0000-4000-8000-000000000042",
                "trader-1", "i-2-42-VM", 1, 1, 2, null)));
        subjects.setHostDao(hostDao);
        reporter.setSubjects(subjects);
        reporter.setRequests(requests);
        reporter.setAllocations(allocations);
        reporter.setAlerts(alerts);

        listener = new DeviceAllocationStateListener();
        listener.setLifecycle(new AllocationLifecycle(requests, allocations, staging, subjects));
        listener.setRequests(requests);
        listener.setHaRestarts(haRestarts);
        listener.setHaOutcomes(reporter);
        listener.setHostDao(hostDao);

        screening = new DeviceScreening();
        screening.setRequestSource(requests);
        screening.setFreeDevices(new InventoryFreeDevices(allocationRepository));
        screening.setAllocations(allocations);
        screening.setResourceManager(resources);

        when(vm.getId()).thenReturn(VM_ID);
        when(vm.getUuid()).thenReturn("5f3c1d2e-0000-4000-8000-000000000042");
        when(vm.getInstanceName()).thenReturn("i-2-42-VM");
        for (long host : List.of(A, B, C, D)) {
            hostStatus.put(host, Status.Up);
            HostVO record = mock(HostVO.class);
            when(record.getName()).thenReturn("kvm-" + (char) ('a' + host - 1));
            when(record.getStatus()).thenAnswer(call -> hostStatus.get(host));
            when(hostDao.findById(host)).thenReturn(record);
        }
        when(resources.listAllUpAndEnabledHosts(Host.Type.Routing, CLUSTER, null, 1L)).thenAnswer(call ->
                List.of(A, B, C, D).stream().filter(host -> hostStatus.get(host) == Status.Up).map(host -> {
                    HostVO record = mock(HostVO.class);
                    when(record.getId()).thenReturn(host);
                    return record;
                }).toList());
        when(agents.send(anyLong(), any(Command.class))).thenAnswer(call -> {
            long host = call.getArgument(0);
            StageDeviceAssignmentCommand command = call.getArgument(1);
            staged.computeIfAbsent(host, h -> new ArrayList<>()).add(command.getAssignment());
            List<DeviceFailure> failures = brokenHosts.contains(host)
                    ? List.of(new DeviceFailure(TRADING_NET, "0000:3b:02.0", "VF has no vfio-pci driver")) : List.of();
            return new StageDeviceAssignmentAnswer(command, failures);
        });
        when(agents.easySend(anyLong(), any(Command.class))).thenAnswer(call -> new Answer(call.getArgument(1)));
    }

    /** One row of the acceptance table: a step of the VM, and where its devices are afterwards. */
    private record Step(String what, State from, Event event, State to, Long oldHost, Long newHost,
            Long deadHost, Long devicesOn) {
    }

    @Test
    void vmLifecycleWithHaRestarts_keepsMacAndUuid_movesAndFreesAllocations() {
        everyHostReports(2, 1);
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net;vlan=100,VGPU/t4-1q");
        List<Step> table = List.of(
                new Step("start requested", State.Stopped, Event.StartRequested, State.Starting, null, null, null,
                        null),
                new Step("start attempt on A", State.Starting, Event.OperationRetry, State.Starting, null, A, null, A),
                new Step("running on A", State.Starting, Event.OperationSucceeded, State.Running, A, A, null, A),
                new Step("stop requested", State.Running, Event.StopRequested, State.Stopping, A, A, null, A),
                new Step("stopped", State.Stopping, Event.OperationSucceeded, State.Stopped, A, null, null, null),
                new Step("start again", State.Stopped, Event.StartRequested, State.Starting, null, null, null, null),
                new Step("start attempt on A again", State.Starting, Event.OperationRetry, State.Starting, null, A,
                        null, A),
                new Step("running on A again", State.Starting, Event.OperationSucceeded, State.Running, A, A, null, A),
                new Step("A dies: HA stops the VM", State.Running, Event.StopRequested, State.Stopping, A, A, A, A),
                new Step("HA stop completes from dead A", State.Stopping, Event.OperationSucceeded, State.Stopped, A,
                        null, A, null),
                new Step("HA start requested", State.Stopped, Event.StartRequested, State.Starting, null, null, A,
                        null),
                new Step("HA start attempt on B", State.Starting, Event.OperationRetry, State.Starting, null, B, A, B),
                new Step("running on B", State.Starting, Event.OperationSucceeded, State.Running, B, B, A, B),
                new Step("B dies: HA stops the VM", State.Running, Event.StopRequested, State.Stopping, B, B, B, B),
                new Step("HA stop completes from dead B", State.Stopping, Event.OperationSucceeded, State.Stopped, B,
                        null, B, null),
                new Step("HA start requested", State.Stopped, Event.StartRequested, State.Starting, null, null, B,
                        null),
                new Step("attempt on C (its StartCommand fails)", State.Starting, Event.OperationRetry,
                        State.Starting, null, C, B, C),
                new Step("retry on D: C freed", State.Starting, Event.OperationRetry, State.Starting, C, D, B, D),
                new Step("running on D", State.Starting, Event.OperationSucceeded, State.Running, D, D, B, D));

        for (Step step : table) {
            if (step.deadHost() != null) {
                hostStatus.put(step.deadHost(), Status.Down);
            }
            Transition<State, Event> transition = new Transition<>(step.from(), step.event(), step.to(), null);
            when(vm.getHostId()).thenReturn(step.newHost());
            Pair<Long, Long> hosts = new Pair<>(step.oldHost(), step.newHost());
            listener.postStateTransitionEvent(transition, vm, true, hosts);
            assertThat(hostsHolding()).as(step.what())
                    .isEqualTo(step.devicesOn() == null ? Set.of() : Set.of(step.devicesOn()));
        }

        List<DeviceAssignment> all = staged.values().stream().flatMap(List::stream).toList();
        assertThat(staged.keySet()).containsExactlyInAnyOrder(A, B, C, D);
        assertThat(all).extracting(DeviceAssignment::devices).allSatisfy(devices ->
                assertThat(identities(devices)).isEqualTo(identities(staged.get(A).get(0).devices())));
        AssignedDevice vf = staged.get(A).get(0).devices().get(0);
        assertThat(PREFIX.contains(vf.mac())).isTrue();
        assertThat(vf.vlan().value()).isEqualTo(100);
        assertThat(staged.get(A).get(0).devices().get(1).mdevUuid()).isNotNull();

        List<String[]> alerts = alertsRaised();
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0)[0]).isEqualTo("Device HA: VM trader-1 restarted on host kvm-b with its devices");
        assertThat(alerts.get(0)[1]).contains("after host kvm-a failed").contains("MAC " + vf.mac())
                .contains("SRIOV_VF/trading-net").contains("VGPU/t4-1q");
        assertThat(alerts.get(1)[0]).isEqualTo("Device HA: VM trader-1 restarted on host kvm-d with its devices");
        assertThat(alerts.get(1)[1]).contains("after host kvm-b failed");
    }

    /**
     * A state listener's exception ends the start (CloudStack only retries another host after a failed StartAnswer),
     * so a preparation failure on C ends that HA try; the HA worker's next try runs on D.
     */
    @Test
    void haRestart_devicePreparationFailsOnC_endsThatTry_theNextTryRunsOnD() {
        everyHostReports(2, 0);
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net");
        brokenHosts.add(C);
        runOnAThenLoseA();

        step(State.Stopped, Event.StartRequested, State.Starting, null, null);
        assertThatThrownBy(() -> step(State.Starting, Event.OperationRetry, State.Starting, null, C))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessageContaining("Cannot start VM i-2-42-VM on host kvm-c: device preparation failed")
                .hasMessageContaining("VF has no vfio-pci driver");
        step(State.Starting, Event.OperationFailed, State.Stopped, C, null);
        assertThat(hostsHolding()).isEmpty();
        step(State.Stopped, Event.StartRequested, State.Starting, null, null);
        step(State.Starting, Event.OperationRetry, State.Starting, null, D);
        step(State.Starting, Event.OperationSucceeded, State.Running, D, D);

        assertThat(hostsHolding()).containsExactly(D);
        assertThat(alertsRaised()).extracting(alert -> alert[0]).containsExactly(
                "Device HA: VM trader-1 could not be restarted with its devices",
                "Device HA: VM trader-1 restarted on host kvm-d with its devices");
        assertThat(alertsRaised().get(0)[1]).contains("after host kvm-a failed")
                .contains("Cannot start VM i-2-42-VM on host kvm-c: device preparation failed");
    }

    @Test
    void startRequested_withAMalformedVmDetail_failsWithTheParsersMessageBeforeAnyHostIsPlanned() {
        everyHostReports(2, 0);
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net;vlan=5000");

        assertThatThrownBy(() -> step(State.Stopped, Event.StartRequested, State.Starting, null, null))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessage("Cannot start VM i-2-42-VM: the VM detail deviceha.requests cannot be read:"
                        + " invalid device request 1 \"SRIOV_VF/trading-net;vlan=5000\": option vlan: invalid VLAN id"
                        + " \"5000\": expected 1 to 4094");
        assertThat(hostsHolding()).isEmpty();
    }

    @Test
    void startRequested_withAMalformedOfferingDetail_failsNamingTheOfferingsDetail_evenWithAGoodVmDetail() {
        everyHostReports(2, 0);
        offeringDetails.put(VM_ID, "HCT/sm-crypto;trust=on");
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net");

        assertThatThrownBy(() -> step(State.Stopped, Event.StartRequested, State.Starting, null, null))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessage("Cannot start VM i-2-42-VM: the service offering detail deviceha.requests"
                        + " cannot be read: invalid device request 1 \"HCT/sm-crypto;trust=on\": option trust"
                        + " applies to SRIOV_VF requests only, not HCT");
        assertThat(hostsHolding()).isEmpty();
    }

    @Test
    void allocator_threeHostsOnlyOneWithAFreeTradingVf_excludesTheOtherTwo() {
        report(A, 0, 0);
        report(B, 1, 0);
        report(C, 0, 0);
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net");
        DeviceAwareHostAllocator allocator = new DeviceAwareHostAllocator();
        allocator.setScreening(screening);
        allocator.setHaRestarts(haRestarts);
        allocator.setFailoverAdmission(ScreeningFixture.failoverOff());
        ExcludeList avoid = new ExcludeList();

        List<Host> chosen = allocator.allocateTo(profile(), mock(DeploymentPlan.class), Host.Type.Routing, avoid,
                List.of(host(A), host(B), host(C)), -1, true);

        assertThat(chosen).isEmpty();
        assertThat(avoid.getHostsToAvoid()).containsExactlyInAnyOrder(A, C);
    }

    /**
     * The HA worker's two passes: the VM's own planner first (the allocator leaves no host, the pass fails without
     * a word from the plugin), then the HA planner, which names the tag. Host A, dead, has its VF free again after
     * the HA stop and must not count. One alert, after the second pass.
     */
    @Test
    void haRestart_noHostWithAFreeTradingVf_failsWithAnAlertNamingTheTag() throws Exception {
        report(A, 1, 0);
        report(B, 0, 0);
        report(C, 0, 0);
        report(D, 0, 0);
        vmDetails.put(VM_ID, "SRIOV_VF/trading-net");
        runOnAThenLoseA();
        DeploymentPlan plan = mock(DeploymentPlan.class);
        when(plan.getDataCenterId()).thenReturn(1L);
        when(plan.getClusterId()).thenReturn(CLUSTER);

        step(State.Stopped, Event.StartRequested, State.Starting, null, null);
        DeviceAwareHostAllocator allocator = new DeviceAwareHostAllocator();
        allocator.setScreening(screening);
        allocator.setHaRestarts(haRestarts);
        ExcludeList ownPlannerAvoid = new ExcludeList();
        allocator.allocateTo(profile(), plan, Host.Type.Routing, ownPlannerAvoid, -1);
        assertThat(ownPlannerAvoid.getHostsToAvoid()).containsExactlyInAnyOrder(B, C, D);
        step(State.Starting, Event.OperationFailed, State.Stopped, null, null);
        assertThat(alertsRaised()).isEmpty();

        step(State.Stopped, Event.StartRequested, State.Starting, null, null);
        DeviceAwareHaPlanner planner = new DeviceAwareHaPlanner();
        planner.setScreening(screening);
        planner.setHaRestarts(haRestarts);
        assertThatThrownBy(() -> planner.byFreeDevices(profile(), plan, new ExcludeList(), List.of(CLUSTER)))
                .isInstanceOf(InsufficientServerCapacityException.class)
                .hasMessageContaining("SRIOV_VF/trading-net");
        step(State.Starting, Event.OperationFailed, State.Stopped, null, null);

        assertThat(alertsRaised()).singleElement().satisfies(alert -> {
            assertThat(alert[0]).isEqualTo("Device HA: VM trader-1 could not be restarted with its devices");
            assertThat(alert[1]).isEqualTo("HA could not restart VM trader-1 (i-2-42-VM, "
                    + "5f3c1d2e-0000-4000-8000-000000000042) after host kvm-a failed: no host has the requested"
                    + " devices free: SRIOV_VF/trading-net (needs 1, at most 0 free on one host). CloudStack"
                    + " retries after restart.retry.interval; free or add devices of the named tag in the VM's"
                    + " cluster.");
        });
        verify(agents, never()).send(eq(B), any(Command.class));
    }

    /** The VM starts on A and runs; A dies and HA stops the VM there, freeing A's devices. */
    private void runOnAThenLoseA() {
        step(State.Stopped, Event.StartRequested, State.Starting, null, null);
        step(State.Starting, Event.OperationRetry, State.Starting, null, A);
        step(State.Starting, Event.OperationSucceeded, State.Running, A, A);
        hostStatus.put(A, Status.Down);
        step(State.Running, Event.StopRequested, State.Stopping, A, A);
        step(State.Stopping, Event.OperationSucceeded, State.Stopped, A, null);
    }

    private void step(State from, Event event, State to, Long oldHost, Long newHost) {
        when(vm.getHostId()).thenReturn(newHost);
        listener.postStateTransitionEvent(new Transition<>(from, event, to, null), vm, true,
                new Pair<>(oldHost, newHost));
    }

    private void everyHostReports(int vfs, int vgpus) {
        for (long host : List.of(A, B, C, D)) {
            report(host, vfs, vgpus);
        }
    }

    /** The host reports {@code vfs} ConnectX VFs (the rule tags them) and a T4 vGPU pool of {@code vgpus}. */
    private void report(long host, int vfs, int vgpus) {
        List<HostDevice> devices = new ArrayList<>();
        for (int i = 0; i < vfs; i++) {
            devices.add(TestInventory.vf("0000:3b:02." + i, 0));
        }
        if (vgpus > 0) {
            devices.add(HostDevice.builder(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE, "0000:af:00.0/nvidia-222")
                    .parentAddress("0000:af:00.0").type(MdevTypeId.parse("nvidia-222")).profileName("GRID T4-1Q")
                    .productName("TU104GL [Tesla T4]").totalInstances(vgpus).availableInstances(vgpus).build());
        }
        inventorySync.apply(new SyncedHost(new HostRef(host, CLUSTER, 1), new HostContext(
                new UUID(0, host), new UUID(0, CLUSTER))), new DiscoveryReport(devices, List.of()), Set.of());
    }

    private Set<Long> hostsHolding() {
        return Set.copyOf(allocationRepository.allocationsOf(VM_ID).stream().map(AllocatedUnit::hostId).toList());
    }

    private List<String[]> alertsRaised() {
        ArgumentCaptor<String> subjects = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> bodies = ArgumentCaptor.forClass(String.class);
        verify(alertManager, org.mockito.Mockito.atLeast(0)).sendAlert(any(AlertType.class), anyLong(), any(),
                subjects.capture(), bodies.capture());
        List<String[]> alerts = new ArrayList<>();
        for (int i = 0; i < subjects.getAllValues().size(); i++) {
            alerts.add(new String[] {subjects.getAllValues().get(i), bodies.getAllValues().get(i)});
        }
        return alerts;
    }

    private VirtualMachineProfile profile() {
        VirtualMachineProfile profile = mock(VirtualMachineProfile.class);
        when(profile.getId()).thenReturn(VM_ID);
        return profile;
    }

    private static Host host(long id) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        return host;
    }

    private static List<String> identities(List<AssignedDevice> devices) {
        return devices.stream().map(d -> d.tag() + " " + d.mac() + " " + d.mdevUuid() + " " + d.vlan()).toList();
    }
}
