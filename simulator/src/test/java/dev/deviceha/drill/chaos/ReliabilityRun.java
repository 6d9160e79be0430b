package dev.deviceha.drill.chaos;

import dev.deviceha.drill.host.ChaosHost;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One seeded randomized run: picks a step (start, stop, reconcile, host failure, HA, reboot, management-server
 * restart, agent crash, kernel and inventory faults), often with a fault injected into it, runs it against the
 * world, and checks the invariants after every step. The same seed picks the same steps and faults.
 */
final class ReliabilityRun {
    /** The outcome: how many steps ran, the first violations (empty when none), what was exercised. */
    record Result(long seed, int steps, List<String> violations, Map<String, Integer> counts) {
        boolean held() {
            return violations.isEmpty();
        }
    }

    private static final String FOREIGN = "admin-vm-";
    private static final String T4 = "0000:af:00.0";
    /** Parent and type of each mdev type the world's hosts offer. */
    private static final List<String[]> MDEV_TYPES = List.of(new String[] {T4, "nvidia-230"},
            new String[] {"hct", "hct-1"});

    private final ChaosWorld world;
    private final SplittableRandom random;
    private final long seed;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<Long, DiscoveryReport> capturedReports = new HashMap<>();
    private final Map<Long, Set<String>> hiddenDevices = new HashMap<>();
    private final Map<Long, String> foreignDomains = new HashMap<>();
    private int foreignCount;
    /** What the current step does, to tell where database faults struck. */
    private String operation;

    ReliabilityRun(ChaosWorld world, SplittableRandom random, long seed) {
        this.world = world;
        this.random = random;
        this.seed = seed;
    }

    Result run(int steps) throws Exception {
        for (int step = 1; step <= steps; step++) {
            boolean reconciled = step();
            List<String> violations = world.invariants.check(reconciled);
            if (!violations.isEmpty()) {
                return new Result(seed, step, violations, counts);
            }
        }
        return new Result(seed, steps, List.of(), counts);
    }

    /** The kinds of step, with their weight in percent. */
    private enum Kind {
        START("start", 32), STOP("stop", 20), RECONCILE("reconcile", 10), FAIL_HOST("host failure", 4),
        HA("HA restart", 6), BOOT("host boot", 4), SETTLE("settling by power state", 4),
        RESTART_SERVER("management server restart", 2), CRASH_AGENT("agent crash", 2),
        HOST_FAULT("host fault", 12), REPORT("stale or duplicate report", 4);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        static Kind pick(SplittableRandom random) {
            int dice = random.nextInt(100);
            for (Kind kind : values()) {
                dice -= kind.weight;
                if (dice < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("weights do not add up to 100");
        }
    }

    /**
     * One step; true when it was a reconciliation whose sweep no fault interrupted: one reconciliation interval
     * has passed, and invariant 3 is judged.
     */
    private boolean step() throws Exception {
        ManagementNode node = liveNode();
        Kind kind = Kind.pick(random);
        operation = kind.label;
        try {
            return switch (kind) {
                case START -> startSome(node);
                case STOP -> stopSome(node);
                case RECONCILE -> reconcile(node);
                case FAIL_HOST -> failHost();
                case HA -> haForDeadHost(node);
                case BOOT -> bootHost();
                case SETTLE -> settle(node);
                case RESTART_SERVER -> restartServer();
                case CRASH_AGENT -> crashIdleAgent();
                case HOST_FAULT -> hostFault();
                case REPORT -> staleOrDuplicateReport(node);
            };
        } catch (ServerDied e) {
            count("management server died mid-operation");
            node.die();
            return false;
        } finally {
            countStrikes(node);
            node.agents.takeStruck().ifPresent(fault -> count("agent fault struck: " + fault));
            if (world.cloud.disarm()) {
                count("CloudStack rollback struck");
            }
            node.database.disarm();
            node.agents.disarm();
        }
    }

    private boolean settle(ManagementNode node) throws Exception {
        if (random.nextInt(100) < 15) {
            withDatabaseFault(node, 10);
            count("settling by power state, database fault armed");
        } else {
            count("settling by power state");
        }
        world.cloud.settleByPowerState(node);
        return false;
    }

    private boolean restartServer() {
        count("management server restart");
        world.nodes.get(random.nextInt(world.nodes.size())).restart();
        return false;
    }

    private boolean startSome(ManagementNode node) {
        List<ChaosVm> stopped = vmsIn(vm -> vm.state == VmState.Stopped);
        if (stopped.isEmpty()) {
            return false;
        }
        ChaosVm vm = stopped.get(random.nextInt(stopped.size()));
        int fault = random.nextInt(100);
        if (fault < 12) {
            withDatabaseFault(node, 14);
            count("start, database fault armed");
        } else if (fault < 24) {
            AgentFault agentFault = AgentFault.values()[random.nextInt(AgentFault.values().length)];
            node.agents.failNextStage(agentFault);
            count("start, agent fault armed: " + agentFault);
        } else if (fault < 28) {
            world.cloud.rollBackNextAttempt();
            count("start, CloudStack rollback armed");
        } else {
            count("start");
        }
        if (world.cloud.start(node, vm)) {
            count("start succeeded");
        }
        return false;
    }

    private boolean stopSome(ManagementNode node) throws Exception {
        List<ChaosVm> running = vmsIn(vm -> vm.state == VmState.Running && world.hosts.get(vm.hostId).isUp());
        if (running.isEmpty()) {
            return false;
        }
        if (random.nextInt(100) < 15) {
            withDatabaseFault(node, 4);
            count("stop, database fault armed");
        } else {
            count("stop");
        }
        world.cloud.stop(node, running.get(random.nextInt(running.size())));
        return false;
    }

    /** The periodic rescan of every Up host, then the stale-allocation sweep. */
    private boolean reconcile(ManagementNode node) throws Exception {
        boolean faulty = random.nextInt(100) < 15;
        if (faulty) {
            withDatabaseFault(node, 20);
            count("reconcile, database fault armed");
        } else {
            count("reconcile");
        }
        for (ChaosHost host : world.hosts.values()) {
            if (host.isUp()) {
                DiscoveryReport report = reportOf(host);
                if (random.nextInt(4) == 0) {
                    capturedReports.put(host.id(), report);
                }
                try {
                    world.apply(node, host, report);
                } catch (RuntimeException e) {
                    count("report not applied: database fault");
                }
            }
        }
        // The sweep's cutoff is the database clock in milliseconds: a unit allocated in the same millisecond is
        // rightly left for the next sweep, which the invariant cannot tell apart from a miss.
        Thread.sleep(2);
        countStrikes(node);
        try {
            node.sweep();
            return countStrikes(node) == 0;
        } catch (RuntimeException e) {
            count("sweep interrupted: database fault");
            return false;
        }
    }

    private boolean failHost() {
        List<ChaosHost> up = world.hosts.values().stream().filter(ChaosHost::isUp).toList();
        if (up.size() < 2) {
            return false;
        }
        count("host fails");
        up.get(random.nextInt(up.size())).fail();
        return false;
    }

    private boolean haForDeadHost(ManagementNode node) throws Exception {
        List<ChaosHost> dead = world.hosts.values().stream().filter(host -> !host.isUp()
                && world.vms.values().stream().anyMatch(vm -> vm.hostId != null && vm.hostId == host.id())).toList();
        if (dead.isEmpty()) {
            return false;
        }
        int fault = random.nextInt(100);
        if (fault < 10) {
            withDatabaseFault(node, 30);
            count("HA restart, database fault armed");
        } else if (fault < 20) {
            node.agents.failNextStage(AgentFault.values()[random.nextInt(AgentFault.values().length)]);
            count("HA restart, agent fault armed");
        } else {
            count("HA restart");
        }
        world.cloud.haForDeadHost(node, dead.get(random.nextInt(dead.size())));
        return false;
    }

    /** A host comes back, rebooted: with HA done (a failover) or not yet (a flap). */
    private boolean bootHost() throws Exception {
        List<ChaosHost> down = world.hosts.values().stream().filter(host -> !host.isUp()).toList();
        if (down.isEmpty()) {
            return false;
        }
        ChaosHost host = down.get(random.nextInt(down.size()));
        boolean flapped = world.vms.values().stream().anyMatch(vm -> vm.hostId != null && vm.hostId == host.id());
        count(flapped ? "host flaps back before HA handled it" : "host boots after its failover");
        host.boot();
        foreignDomains.remove(host.id());
        return false;
    }

    private boolean crashIdleAgent() throws Exception {
        List<ChaosHost> up = world.hosts.values().stream().filter(ChaosHost::isUp).toList();
        count("agent crashes and restarts");
        up.get(random.nextInt(up.size())).crashAgent();
        return false;
    }

    private boolean hostFault() throws Exception {
        List<ChaosHost> up = world.hosts.values().stream().filter(ChaosHost::isUp).toList();
        ChaosHost host = up.get(random.nextInt(up.size()));
        switch (random.nextInt(10)) {
            case 0 -> {
                // BusyRetry waits 300 ms between attempts: rare, and mostly passing on the second try.
                if (random.nextInt(8) == 0) {
                    int writes = random.nextInt(6) == 0 ? 10 : 1;
                    count("kernel refuses " + writes + " mdev write(s) with EBUSY");
                    host.refuseBusy(writes);
                }
            }
            case 1 -> {
                count("mdev type has no instance left");
                String[] type = MDEV_TYPES.get(random.nextInt(MDEV_TYPES.size()));
                host.setAvailableInstances(type[0], type[1], 0);
            }
            case 2 -> {
                count("mdev type vanishes");
                String[] type = MDEV_TYPES.get(random.nextInt(MDEV_TYPES.size()));
                host.setTypeVanished(type[0], type[1], true);
            }
            case 3 -> {
                count("mdev types restored");
                for (String[] type : MDEV_TYPES) {
                    host.setTypeVanished(type[0], type[1], false);
                    host.setAvailableInstances(type[0], type[1], 4);
                }
            }
            case 4 -> foreignDomainGrabsAVf(host);
            case 5 -> {
                String domain = foreignDomains.remove(host.id());
                if (domain != null) {
                    count("foreign domain goes away");
                    host.destroy(domain);
                }
            }
            case 6 -> {
                count("GPU pulled from the host's report");
                hiddenDevices.computeIfAbsent(host.id(), id -> new HashSet<>()).add(T4);
            }
            case 7 -> {
                count("VF count lowered in the host's report");
                List<String> vfs = reportOf(host).devices().stream()
                        .filter(device -> device.kind() == DeviceKind.SRIOV_VF).map(HostDevice::address).toList();
                hiddenDevices.computeIfAbsent(host.id(), id -> new HashSet<>()).addAll(vfs.subList(2, vfs.size()));
            }
            default -> {
                count("host's devices back in its report");
                hiddenDevices.remove(host.id());
            }
        }
        return false;
    }

    private void foreignDomainGrabsAVf(ChaosHost host) throws Exception {
        if (foreignDomains.containsKey(host.id())) {
            return;
        }
        List<String> free = reportOf(host).devices().stream()
                .filter(device -> device.kind() == DeviceKind.SRIOV_VF && device.free())
                .map(HostDevice::address).toList();
        if (!free.isEmpty()) {
            count("foreign domain grabs a free VF");
            String name = FOREIGN + (++foreignCount);
            host.startForeignDomain(name, free.get(random.nextInt(free.size())));
            foreignDomains.put(host.id(), name);
        }
    }

    /** A report applied twice, or one taken earlier (before VMs moved) applied late. */
    private boolean staleOrDuplicateReport(ManagementNode node) throws Exception {
        List<ChaosHost> up = world.hosts.values().stream().filter(ChaosHost::isUp).toList();
        ChaosHost host = up.get(random.nextInt(up.size()));
        DiscoveryReport captured = capturedReports.get(host.id());
        if (captured != null && random.nextBoolean()) {
            count("stale report applied late");
            world.apply(node, host, captured);
        } else {
            count("report applied twice");
            DiscoveryReport report = reportOf(host);
            world.apply(node, host, report);
            world.apply(world.nodes.get(random.nextInt(world.nodes.size())), host, report);
        }
        return false;
    }

    /** What the host's agent reports, less what was pulled from it. */
    private DiscoveryReport reportOf(ChaosHost host) throws Exception {
        DiscoveryReport report = host.report();
        Set<String> hidden = hiddenDevices.getOrDefault(host.id(), Set.of());
        if (hidden.isEmpty()) {
            return report;
        }
        return new DiscoveryReport(report.devices().stream().filter(device -> !hidden.contains(device.address())
                && (device.parentAddress() == null || !hidden.contains(device.parentAddress()))).toList(),
                report.warnings());
    }

    /** Counts the database faults that struck since the last call, and returns how many. */
    private int countStrikes(ManagementNode node) {
        int struck = node.database.takeInjected();
        if (struck > 0) {
            counts.merge("database fault struck during " + operation, struck, Integer::sum);
        }
        return struck;
    }

    private void withDatabaseFault(ManagementNode node, int withinStatements) {
        node.database.failNth(1 + random.nextInt(withinStatements), random.nextInt(3) == 0);
    }

    private ManagementNode liveNode() {
        List<ManagementNode> alive = world.nodes.stream().filter(ManagementNode::alive).toList();
        if (alive.isEmpty()) {
            ManagementNode revived = world.nodes.get(random.nextInt(world.nodes.size()));
            revived.restart();
            count("management server restart");
            return revived;
        }
        return alive.get(random.nextInt(alive.size()));
    }

    private List<ChaosVm> vmsIn(Predicate<ChaosVm> filter) {
        return world.vms.values().stream().filter(filter).toList();
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    static List<String> describe(Map<String, Integer> counts) {
        List<String> lines = new ArrayList<>();
        counts.forEach((what, n) -> lines.add(String.format("%6d  %s", n, what)));
        return lines;
    }
}
