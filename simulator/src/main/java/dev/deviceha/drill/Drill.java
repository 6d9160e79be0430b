package dev.deviceha.drill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.libvirt.LibvirtException;

import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.cloudstack.InsufficientCapacityException;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.cloudstack.VmStartException;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.DrillReport;
import dev.deviceha.drill.report.Headroom;
import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.drill.report.HostSummary;
import dev.deviceha.drill.report.Placement;
import dev.deviceha.drill.report.Readiness;
import dev.deviceha.drill.report.Restart;
import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.VmSpec;
import dev.deviceha.lifecycle.VmState;

/**
 * One failover drill: builds the scenario's world, starts the VMs, fails a host, lets the HA worker restart its VMs,
 * and checks that every HA VM came back elsewhere with the same devices and identities.
 */
public final class Drill {
    private final World world;
    private final Map<VmRecord, VmSpec> vms = new LinkedHashMap<>();

    private Drill(World world) {
        this.world = world;
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
        try (World world = World.build(scenario, database, workDirectory)) {
            return new Drill(world).run(failHost, setupStart, databaseMillis);
        }
    }

    private DrillReport run(Optional<String> failHostName, long setupStart, double databaseMillis)
            throws DiscoveryException {
        Map<SimulatedHost, List<String>> warnings = world.setUp();
        for (VmSpec spec : world.scenario().vms()) {
            vms.put(world.addScenarioVm(spec), spec);
        }
        double setupMillis = World.millisSince(setupStart);

        List<Placement> placements = new ArrayList<>();
        vms.forEach((vm, spec) -> placements.add(startInitially(vm, spec)));
        List<HostSummary> hostSummaries = world.hosts().stream()
                .map(host -> new HostSummary(host.name(), world.clusterOf(host),
                        world.management().unitsByTag(host.id()), warnings.get(host)))
                .toList();
        List<Readiness> readiness = world.management().readiness();
        List<WhatIf> whatIf = world.management().whatIf();
        List<Headroom> headroom = world.management().headroom();

        SimulatedHost failed = failHostName.flatMap(world::hostNamed).orElseGet(world::busiestHost);
        long failoverStart = System.nanoTime();
        List<Restart> restarts = world.fail(failed, failoverStart);
        double failoverMillis = World.millisSince(failoverStart);

        List<String> problems = new ArrayList<>(world.management().allocationsLeftOn(failed.id(), vms.keySet()));
        boolean success = problems.isEmpty() && vms.entrySet().stream()
                .filter(entry -> entry.getKey().haEnabled() && entry.getValue().hasDevices())
                .allMatch(entry -> runsWithDevices(entry.getKey(), restarts));
        FailoverPolicy failover = world.scenario().failover();
        String policy = failover.isOn() ? failover.describe() : "off (deviceha.failover.hosts=0)";
        return new DrillReport(world.scenario().source(), hostSummaries, policy, placements, world.alerts(),
                readiness, whatIf, headroom, failed.name(), restarts, problems, databaseMillis, setupMillis,
                failoverMillis, success);
    }

    private Placement startInitially(VmRecord vm, VmSpec spec) {
        long start = System.nanoTime();
        try {
            SimulatedHost host = world.start(vm);
            return new Placement(vm.name(), vm.haEnabled(), World.requestsText(spec), host.name(), world.devicesOf(vm),
                    world.avoidedForFailover(vm), null, World.millisSince(start));
        } catch (InsufficientCapacityException | VmStartException e) {
            return new Placement(vm.name(), vm.haEnabled(), World.requestsText(spec), null, List.of(),
                    world.avoidedForFailover(vm), e.getMessage(), World.millisSince(start));
        }
    }

    private boolean runsWithDevices(VmRecord vm, List<Restart> restarts) {
        Optional<Restart> restart = restarts.stream().filter(r -> r.vm().equals(vm.name())).findFirst();
        return vm.state() == VmState.Running && restart.map(Restart::cameBackWithDevices).orElse(true);
    }
}
