package dev.deviceha.drill.chaos;

import dev.deviceha.drill.host.ChaosHost;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.HostScreening;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.libvirt.LibvirtException;

/**
 * Stands in for CloudStack's orchestration as the drill's stand-ins do (docs/architecture.md, "Normal start" and
 * "HA restart"), on the management server given to each operation: the VM state machine storing a transition and
 * then calling the plugin's listener, orchestrateStart with its attempts, a stop, the HA worker's fenced stop and
 * restart, and the scan that settles VMs left Starting or Stopping by a management server that died. The plugin
 * code it calls is the real one; an exception from the listener aborts the step, as in CloudStack.
 */
final class ChaosCloud {
    private static final int START_ATTEMPTS = 3;

    final Map<Long, ChaosVm> vms;
    final Map<Long, ChaosHost> hosts;
    private final SplittableRandom random;
    private boolean rollBackNextAttempt;
    private boolean rolledBack;

    ChaosCloud(Map<Long, ChaosVm> vms, Map<Long, ChaosHost> hosts, SplittableRandom random) {
        this.vms = vms;
        this.hosts = hosts;
        this.random = random;
    }

    /** CloudStack's own transaction around the next start attempt rolls back after the plugin allocated. */
    void rollBackNextAttempt() {
        rollBackNextAttempt = true;
    }

    /** Forgets an armed rollback; tells whether one struck since the last call. */
    boolean disarm() {
        boolean struck = rolledBack;
        rollBackNextAttempt = false;
        rolledBack = false;
        return struck;
    }

    void transit(ManagementNode node, ChaosVm vm, VmEvent event, VmState to, Long newHostId) {
        VmTransition transition = new VmTransition(vm.state, event, to, vm.hostId, newHostId);
        vm.state = to;
        vm.hostId = newHostId;
        node.lifecycle().onTransition(vm.ref, transition);
    }

    /** orchestrateStart; returns whether the VM runs. */
    boolean start(ManagementNode node, ChaosVm vm) {
        transit(node, vm, VmEvent.StartRequested, VmState.Starting, null);
        Set<Long> avoid = new HashSet<>();
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            Long hostId;
            try {
                hostId = plan(node, vm, avoid);
            } catch (RuntimeException e) {
                // A planner or allocator that throws ends the start, as in orchestrateStart.
                break;
            }
            if (hostId == null) {
                break;
            }
            avoid.add(hostId);
            Long before = vm.hostId;
            try {
                transit(node, vm, VmEvent.OperationRetry, VmState.Starting, hostId);
            } catch (RuntimeException e) {
                // DeviceAllocationException, or any other listener failure: changeState throws, the start ends.
                break;
            }
            if (rollBackNextAttempt) {
                // changeState threw after the listeners ran: the row keeps its old host, the start fails.
                rollBackNextAttempt = false;
                rolledBack = true;
                vm.hostId = before;
                break;
            }
            try {
                hosts.get(hostId).start(domainXml(vm));
                transit(node, vm, VmEvent.OperationSucceeded, VmState.Running, hostId);
                return true;
            } catch (IOException | LibvirtException e) {
                // A failed StartAnswer: the next attempt avoids this host.
            }
        }
        transit(node, vm, VmEvent.OperationFailed, VmState.Stopped, null);
        return false;
    }

    /** A user's stop: the agent destroys the domain and its on-stop hook releases, then the state machine. */
    void stop(ManagementNode node, ChaosVm vm) throws IOException, LibvirtException {
        transit(node, vm, VmEvent.StopRequested, VmState.Stopping, vm.hostId);
        hosts.get(vm.hostId).stop(vm.name());
        transit(node, vm, VmEvent.OperationSucceeded, VmState.Stopped, null);
    }

    /**
     * The HA worker for a host that went Down: fenced, every VM on it stopped with the dead host as host before,
     * the HA-enabled ones started again elsewhere.
     */
    void haForDeadHost(ManagementNode node, ChaosHost dead) throws LibvirtException {
        dead.fence();
        List<ChaosVm> onHost = vms.values().stream()
                .filter(vm -> vm.hostId != null && vm.hostId == dead.id()).toList();
        for (ChaosVm vm : onHost) {
            if (vm.state == VmState.Running) {
                transit(node, vm, VmEvent.StopRequested, VmState.Stopping, vm.hostId);
            }
            transit(node, vm, VmEvent.OperationSucceeded, VmState.Stopped, null);
        }
        for (ChaosVm vm : onHost) {
            if (vm.haEnabled) {
                start(node, vm);
            }
        }
    }

    /**
     * What CloudStack does with VMs a dead management server left Starting or Stopping, and with VMs whose domain
     * vanished (the host rebooted): follows the power state its Up host reports.
     */
    void settleByPowerState(ManagementNode node) throws LibvirtException {
        for (ChaosVm vm : List.copyOf(vms.values())) {
            if (vm.hostId == null || vm.state == VmState.Stopped) {
                continue;
            }
            ChaosHost host = hosts.get(vm.hostId);
            if (!host.isUp()) {
                continue;
            }
            boolean running = host.domains().containsKey(vm.name());
            if (running && vm.state != VmState.Running) {
                transit(node, vm, VmEvent.FollowAgentPowerOnReport, VmState.Running, vm.hostId);
            } else if (!running) {
                transit(node, vm, VmEvent.FollowAgentPowerOffReport, VmState.Stopped, null);
            }
        }
    }

    /** FirstFitPlanner with DeviceAwareHostAllocator first: a random host among those with the devices free. */
    private Long plan(ManagementNode node, ChaosVm vm, Set<Long> avoid) {
        List<Long> candidates = hosts.values().stream().filter(ChaosHost::isUp).map(ChaosHost::id)
                .filter(id -> !avoid.contains(id)).sorted().toList();
        List<DeviceRequest> requests = node.requestsOf(vm.id());
        List<Long> fitting = new ArrayList<>(candidates);
        if (!requests.isEmpty() && !candidates.isEmpty()) {
            fitting = HostScreening.of(node.freeDevices().freeOn(candidates,
                    requests.stream().map(DeviceRequest::tag).collect(Collectors.toSet())), requests).fittingHostIds();
        }
        if (fitting.isEmpty()) {
            return null;
        }
        // Mostly the first fit, sometimes another: a stale plan (another server took the devices) is what the
        // allocation at the attempt must catch.
        if (random.nextInt(5) == 0) {
            return candidates.get(random.nextInt(candidates.size()));
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    private static String domainXml(ChaosVm vm) {
        return "<domain type='kvm'><name>" + vm.name() + "</name><uuid>" + vm.ref.uuid() + "</uuid>"
                + "<memory>1048576</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>"
                + "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices></domain>";
    }
}
