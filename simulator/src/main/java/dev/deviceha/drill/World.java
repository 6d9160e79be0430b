package dev.deviceha.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.libvirt.LibvirtException;

import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.cloudstack.AgentCommands;
import dev.deviceha.drill.cloudstack.DeploymentPlanner;
import dev.deviceha.drill.cloudstack.HaWorker;
import dev.deviceha.drill.cloudstack.InsufficientCapacityException;
import dev.deviceha.drill.cloudstack.OrchestrateStart;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.cloudstack.VmStartException;
import dev.deviceha.drill.cloudstack.VmStateMachine;
import dev.deviceha.drill.host.DomainXmlValidator;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.DeviceView;
import dev.deviceha.drill.report.Restart;
import dev.deviceha.drill.scenario.HostSpec;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.VmSpec;
import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequests;

/**
 * The drill's world: a scenario's synthetic hosts, the plugin's management-server services over one database, and
 * the stand-ins for CloudStack's start, stop and HA worker. The drill runs one failover in it; the API sandbox
 * (scripts/drill.sh serve) lets clients drive it call by call. Not thread-safe: callers serialize.
 */
public final class World implements AutoCloseable {
    /** The one zone; CloudStack's first zone has id 1. */
    public static final long ZONE_ID = 1;
    public static final String ZONE_NAME = "zone-1";

    private final Scenario scenario;
    private final List<SimulatedHost> hosts = new ArrayList<>();
    private final Map<Long, VmRecord> vms = new LinkedHashMap<>();
    private final ManagementServer management;
    private final AgentCommands agents;
    private final OrchestrateStart orchestrateStart;
    private final DeploymentPlanner planner;
    private final HaWorker haWorker;
    private final List<String> alerts = new ArrayList<>();

    private World(Scenario scenario, DataSource database, Path workDirectory) throws IOException, LibvirtException {
        this.scenario = scenario;
        List<String> clusters = clusterNames();
        for (HostSpec spec : scenario.hosts()) {
            hosts.add(SimulatedHost.create(hosts.size() + 1L, clusters.indexOf(spec.cluster()) + 1L,
                    uuidOf("host", spec.name()), uuidOf("cluster", spec.cluster()), spec,
                    workDirectory.resolve("hosts").resolve(spec.name())));
        }
        this.agents = new AgentCommands(hosts);
        Map<Long, String> clusterIds = new LinkedHashMap<>();
        clusters.forEach(name -> clusterIds.put(clusters.indexOf(name) + 1L, name));
        this.management = new ManagementServer(database, hosts, agents, uuidOf("zone", ZONE_NAME), clusterIds,
                scenario.failover());
        VmStateMachine stateMachine = new VmStateMachine(management.lifecycle());
        this.orchestrateStart = new OrchestrateStart(stateMachine,
                new DomainXmlValidator(Files.createDirectories(workDirectory.resolve("xml"))));
        this.planner = new DeploymentPlanner(hosts, management.requestSource(), management.freeDevices(),
                management.failover(), management::clusterName,
                notice -> alerts.add(notice.subject() + "\n" + notice.body()));
        this.haWorker = new HaWorker(stateMachine, orchestrateStart, planner);
    }

    /** Writes the scenario's hosts (sysfs trees and libvirt test-driver nodes) and wires the management server. */
    public static World build(Scenario scenario, DataSource database, Path workDirectory)
            throws IOException, LibvirtException {
        return new World(scenario, database, workDirectory);
    }

    /** What an admin does first, then each agent's first connect; the warnings per host, in scenario order. */
    public Map<SimulatedHost, List<String>> setUp() throws DiscoveryException {
        management.defineTagsAndRules(scenario.tagRules());
        Map<SimulatedHost, List<String>> warnings = new LinkedHashMap<>();
        for (SimulatedHost host : hosts) {
            warnings.put(host, management.syncInventory(host));
        }
        return warnings;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<SimulatedHost> hosts() {
        return List.copyOf(hosts);
    }

    public List<String> clusterNames() {
        return scenario.hosts().stream().map(HostSpec::cluster).distinct().toList();
    }

    public String clusterOf(SimulatedHost host) {
        return scenario.hosts().get((int) host.id() - 1).cluster();
    }

    public String zoneUuid() {
        return management.zoneUuid();
    }

    public String clusterUuid(String clusterName) {
        return uuidOf("cluster", clusterName);
    }

    public Optional<SimulatedHost> host(long hostId) {
        return hosts.stream().filter(host -> host.id() == hostId).findFirst();
    }

    public Optional<SimulatedHost> hostNamed(String name) {
        return hosts.stream().filter(host -> host.name().equals(name)).findFirst();
    }

    public List<VmRecord> vms() {
        return List.copyOf(vms.values());
    }

    public Optional<VmRecord> vm(long vmId) {
        return Optional.ofNullable(vms.get(vmId));
    }

    /** The plugin's API facade over this world, what the API commands are injected with. */
    public DeviceHaApi deviceHaApi() {
        return management.deviceHaApi();
    }

    /** The plugin's management-server side, for the sandbox's stand-ins. */
    public ManagementServer management() {
        return management;
    }

    /**
     * A new Stopped VM, as deployVirtualMachine records it with its details.
     *
     * @param requestsDetail its own {@code deviceha.requests} detail, null for none
     * @param offeringId     its service offering
     */
    public VmRecord addVm(String name, boolean haEnabled, String requestsDetail, long offeringId) {
        long id = vms.size() + 1L;
        VmRecord vm = new VmRecord(new VmRef(id, UUID.randomUUID().toString(), "i-2-" + id + "-VM"), name,
                haEnabled);
        vms.put(id, vm);
        management.register(vm, requestsDetail, offeringId);
        return vm;
    }

    /** A VM of the scenario: UUIDs derived from its name, so every drill of a scenario names the same VMs. */
    VmRecord addScenarioVm(VmSpec spec) {
        long id = vms.size() + 1L;
        VmRecord vm = new VmRecord(new VmRef(id, uuidOf("vm", spec.name()), "i-2-" + id + "-VM"), spec.name(),
                spec.haEnabled());
        vms.put(id, vm);
        management.register(vm, spec.hasDevices() ? requestsText(spec) : null, ManagementServer.DEFAULT_OFFERING_ID);
        return vm;
    }

    /** The VM's requests in the canonical form of the detail, empty for none. */
    static String requestsText(VmSpec spec) {
        return spec.hasDevices() ? new DeviceRequests(spec.requests()).format() : "";
    }

    /** orchestrateStart: plan, allocate and stage the devices, start the domain. */
    public SimulatedHost start(VmRecord vm) throws InsufficientCapacityException, VmStartException {
        return orchestrateStart.start(vm, planner::plan);
    }

    /** The failover alerts raised while VMs started (subject, a line break, body), in order. */
    public List<String> alerts() {
        return List.copyOf(alerts);
    }

    /** The hosts failover admission steered the VM's starts away from, by name. */
    public List<String> avoidedForFailover(VmRecord vm) {
        return planner.avoidedForFailover(vm);
    }

    /** advanceStop on a host that is up: the domain is destroyed and the plugin's listener releases the devices. */
    public void stop(VmRecord vm) throws LibvirtException {
        SimulatedHost host = host(vm.hostId()).orElseThrow();
        haWorker.stopOnDeadHost(vm);
        host.destroy(vm.ref().instanceName());
    }

    /** The host dies and the HA worker takes each of its running VMs, in the order they were created. */
    public List<Restart> fail(SimulatedHost failed, long failoverStartNanos) {
        List<VmRecord> affected = vmsOn(failed);
        failed.fail();
        List<Restart> restarts = new ArrayList<>();
        for (VmRecord vm : affected) {
            restarts.add(failOver(vm, failed, failoverStartNanos));
        }
        return restarts;
    }

    private Restart failOver(VmRecord vm, SimulatedHost failed, long failoverStart) {
        long start = System.nanoTime();
        List<DeviceView> before = devicesOf(vm);
        haWorker.stopOnDeadHost(vm);
        if (!vm.haEnabled()) {
            return new Restart(vm.name(), Restart.STOPPED, failed.name(), null, before, List.of(),
                    "HA is not enabled for this VM", false, millisSince(start), millisSince(failoverStart), List.of());
        }
        try {
            HaWorker.HaRestart restart = haWorker.restart(vm);
            List<DeviceView> after = devicesOf(vm);
            return new Restart(vm.name(), Restart.RESTARTED, failed.name(), restart.host().name(), before, after,
                    null, restart.haPlanner(), millisSince(start), millisSince(failoverStart),
                    IdentityCheck.problems(failed, restart.host(), before, after));
        } catch (InsufficientCapacityException e) {
            return new Restart(vm.name(), Restart.NOT_RESTARTED, failed.name(), null, before, List.of(),
                    e.getMessage(), true, millisSince(start), millisSince(failoverStart), List.of());
        } catch (VmStartException e) {
            return new Restart(vm.name(), Restart.NOT_RESTARTED, failed.name(), null, before, List.of(),
                    e.getMessage(), false, millisSince(start), millisSince(failoverStart), List.of());
        }
    }

    /** The devices the VM was last staged with, as its host's agent prepared them. */
    public List<DeviceView> devicesOf(VmRecord vm) {
        return stagedDevices(vm).stream().map(DeviceView::of).toList();
    }

    /** The devices the VM was last staged with, as the plugin assigned them. */
    public List<AssignedDevice> stagedDevices(VmRecord vm) {
        return agents.lastStaged(vm.ref().instanceName()).map(DeviceAssignment::devices).orElse(List.of());
    }

    public List<VmRecord> vmsOn(SimulatedHost host) {
        return vms.values().stream()
                .filter(vm -> vm.state() == VmState.Running && Long.valueOf(host.id()).equals(vm.hostId()))
                .toList();
    }

    /** The default host to fail: the one running the most VMs, the first of those in the scenario on a tie. */
    public SimulatedHost busiestHost() {
        return hosts.stream().max(Comparator.comparingInt((SimulatedHost host) -> vmsOn(host).size())
                .thenComparing(host -> -host.id())).orElseThrow();
    }

    static String uuidOf(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    @Override
    public void close() throws LibvirtException {
        for (SimulatedHost host : hosts) {
            host.close();
        }
    }
}
