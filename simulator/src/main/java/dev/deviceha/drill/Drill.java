package dev.deviceha.drill;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
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
import dev.deviceha.drill.report.DrillReport;
import dev.deviceha.drill.report.Headroom;
import dev.deviceha.drill.report.HostSummary;
import dev.deviceha.drill.report.Placement;
import dev.deviceha.drill.report.Readiness;
import dev.deviceha.drill.report.Restart;
import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.drill.scenario.HostSpec;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.VmSpec;
import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.model.request.DeviceRequests;

/**
 * One failover drill: builds the scenario's hosts and management server, starts the VMs, fails a host, lets the HA
 * worker restart its VMs, and checks that every HA VM came back elsewhere with the same devices and identities.
 */
public final class Drill {
    private final Scenario scenario;
    private final List<SimulatedHost> hosts = new ArrayList<>();
    private final Map<VmRecord, VmSpec> vms = new LinkedHashMap<>();
    private final ManagementServer management;
    private final AgentCommands agents;
    private final OrchestrateStart orchestrateStart;
    private final DeploymentPlanner planner;
    private final HaWorker haWorker;
    private final List<String> alerts = new ArrayList<>();

    private Drill(Scenario scenario, DataSource database, Path workDirectory) throws IOException, LibvirtException {
        this.scenario = scenario;
        List<String> clusters = scenario.hosts().stream().map(HostSpec::cluster).distinct().toList();
        for (HostSpec spec : scenario.hosts()) {
            hosts.add(SimulatedHost.create(hosts.size() + 1L, clusters.indexOf(spec.cluster()) + 1L,
                    uuidOf("host", spec.name()), uuidOf("cluster", spec.cluster()), spec,
                    workDirectory.resolve("hosts").resolve(spec.name())));
        }
        for (VmSpec spec : scenario.vms()) {
            long id = vms.size() + 1L;
            VmRef ref = new VmRef(id, uuidOf("vm", spec.name()), "i-2-" + id + "-VM");
            vms.put(new VmRecord(ref, spec.name(), spec.haEnabled()), spec);
        }
        this.agents = new AgentCommands(hosts);
        Map<Long, String> clusterNames = new LinkedHashMap<>();
        clusters.forEach(name -> clusterNames.put(clusters.indexOf(name) + 1L, name));
        this.management = new ManagementServer(database, hosts, clusterNames, agents, scenario.failover());
        VmStateMachine stateMachine = new VmStateMachine(management.lifecycle());
        this.orchestrateStart = new OrchestrateStart(stateMachine,
                new DomainXmlValidator(Files.createDirectories(workDirectory.resolve("xml"))));
        this.planner = new DeploymentPlanner(hosts, management.requestSource(), management.freeDevices(),
                management.failover(), management::clusterName,
                notice -> alerts.add(notice.subject() + "\n" + notice.body()));
        this.haWorker = new HaWorker(stateMachine, orchestrateStart, planner);
    }

    /**
     * Runs the drill.
     *
     * @param database       a migrated, empty schema
     * @param failHost       a host of the scenario to fail; empty for the one running the most VMs
     * @param databaseMillis how long starting and migrating the database took, for the report
     */
    public static DrillReport run(Scenario scenario, DataSource database, Path workDirectory,
            Optional<String> failHost, double databaseMillis) throws IOException, LibvirtException, DiscoveryException {
        long setupStart = System.nanoTime();
        Drill drill = new Drill(scenario, database, workDirectory);
        try {
            return drill.run(failHost, setupStart, databaseMillis);
        } finally {
            drill.close();
        }
    }

    private DrillReport run(Optional<String> failHostName, long setupStart, double databaseMillis)
            throws DiscoveryException {
        management.defineTagsAndRules(scenario.tagRules());
        Map<SimulatedHost, List<String>> warnings = new LinkedHashMap<>();
        for (SimulatedHost host : hosts) {
            warnings.put(host, management.syncInventory(host));
        }
        vms.forEach((vm, spec) -> management.declareRequests(vm, spec.requests()));
        double setupMillis = millisSince(setupStart);

        List<Placement> placements = new ArrayList<>();
        vms.forEach((vm, spec) -> placements.add(startInitially(vm, spec)));
        List<HostSummary> hostSummaries = hosts.stream()
                .map(host -> new HostSummary(host.name(), clusterOf(host), management.unitsByTag(host.id()),
                        warnings.get(host)))
                .toList();
        List<Readiness> readiness = management.readiness();
        List<WhatIf> whatIf = management.whatIf();
        List<Headroom> headroom = management.headroom();

        SimulatedHost failed = failHostName.map(this::hostNamed).orElseGet(this::busiestHost);
        long failoverStart = System.nanoTime();
        failed.fail();
        List<Restart> restarts = new ArrayList<>();
        for (VmRecord vm : vmsOn(failed)) {
            restarts.add(failOver(vm, failed, failoverStart));
        }
        double failoverMillis = millisSince(failoverStart);

        List<String> problems = new ArrayList<>(management.allocationsLeftOn(failed.id(), vms.keySet()));
        boolean success = problems.isEmpty() && vms.entrySet().stream()
                .filter(entry -> entry.getKey().haEnabled() && entry.getValue().hasDevices())
                .allMatch(entry -> runsWithDevices(entry.getKey(), restarts));
        String policy = scenario.failover().isOn() ? scenario.failover().describe() : "off (deviceha.failover.hosts=0)";
        return new DrillReport(scenario.source(), hostSummaries, policy, placements, alerts,
                readiness, whatIf, headroom, failed.name(), restarts, problems, databaseMillis, setupMillis,
                failoverMillis, success);
    }

    private Placement startInitially(VmRecord vm, VmSpec spec) {
        long start = System.nanoTime();
        try {
            SimulatedHost host = orchestrateStart.start(vm, planner::plan);
            return new Placement(vm.name(), vm.haEnabled(), requestsText(spec), host.name(), devicesOf(vm),
                    planner.avoidedForFailover(vm), null, millisSince(start));
        } catch (InsufficientCapacityException | VmStartException e) {
            return new Placement(vm.name(), vm.haEnabled(), requestsText(spec), null, List.of(),
                    planner.avoidedForFailover(vm), e.getMessage(), millisSince(start));
        }
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

    private boolean runsWithDevices(VmRecord vm, List<Restart> restarts) {
        Optional<Restart> restart = restarts.stream().filter(r -> r.vm().equals(vm.name())).findFirst();
        return vm.state() == VmState.Running && restart.map(Restart::cameBackWithDevices).orElse(true);
    }

    private List<DeviceView> devicesOf(VmRecord vm) {
        return agents.lastStaged(vm.ref().instanceName())
                .map(assignment -> assignment.devices().stream().map(DeviceView::of).toList())
                .orElse(List.of());
    }

    private List<VmRecord> vmsOn(SimulatedHost host) {
        return vms.keySet().stream()
                .filter(vm -> vm.state() == VmState.Running && Long.valueOf(host.id()).equals(vm.hostId()))
                .toList();
    }

    /** The default host to fail: the one running the most VMs, the first of those in the scenario on a tie. */
    private SimulatedHost busiestHost() {
        return hosts.stream().max(Comparator.comparingInt((SimulatedHost host) -> vmsOn(host).size())
                .thenComparing(host -> -host.id())).orElseThrow();
    }

    private SimulatedHost hostNamed(String name) {
        return hosts.stream().filter(host -> host.name().equals(name)).findFirst().orElseThrow();
    }

    private String clusterOf(SimulatedHost host) {
        return scenario.hosts().get((int) host.id() - 1).cluster();
    }

    private static String requestsText(VmSpec spec) {
        return spec.hasDevices() ? new DeviceRequests(spec.requests()).format() : "";
    }

    private static String uuidOf(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private void close() throws LibvirtException {
        for (SimulatedHost host : hosts) {
            host.close();
        }
    }
}
