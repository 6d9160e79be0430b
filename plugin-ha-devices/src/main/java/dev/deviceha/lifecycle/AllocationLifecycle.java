package dev.deviceha.lifecycle;

import dev.deviceha.lifecycle.AllocationAction.Allocate;
import dev.deviceha.lifecycle.AllocationAction.Release;
import dev.deviceha.lifecycle.AllocationAction.ReleaseAll;
import dev.deviceha.lifecycle.AllocationOutcome.Allocated;
import dev.deviceha.lifecycle.AllocationOutcome.Refused;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.Shortfall;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Carries out {@link AllocationRules} for one VM transition: allocates and stages the devices of a start attempt on
 * its host, releases and unstages them where the VM left. A failed allocation or staging fails the start with a
 * message naming the missing {@code KIND/tag}; a failed release is logged and left to the stale-allocation sweep,
 * because throwing there would break a stop or an expunge.
 */
public final class AllocationLifecycle {
    private static final Logger LOG = LogManager.getLogger(AllocationLifecycle.class);

    private final DeviceRequestSource requests;
    private final DeviceAllocationPort allocations;
    private final DeviceAgentPort agents;
    private final HostNames hosts;

    public AllocationLifecycle(DeviceRequestSource requests, DeviceAllocationPort allocations, DeviceAgentPort agents,
            HostNames hosts) {
        this.requests = requests;
        this.allocations = allocations;
        this.agents = agents;
        this.hosts = hosts;
    }

    /**
     * Refuses a live migration of a VM that holds devices, before CloudStack stores the transition: its devices are
     * on the source host and nothing prepares them on the target, so it would run there without them (or libvirt
     * fails half-way). Reads the store only for a migration.
     */
    public void beforeTransition(VmRef vm, VmEvent event) {
        if (event != VmEvent.MigrationRequested) {
            return;
        }
        Map<TagRef, Long> held = allocations.holdings(vm.id());
        if (!held.isEmpty()) {
            throw new DeviceAllocationException("Cannot migrate VM " + vm.instanceName() + ": it holds host devices ("
                    + held.entrySet().stream().map(entry -> entry.getKey() + " x" + entry.getValue())
                            .collect(Collectors.joining(", "))
                    + ") that cannot move with it; stop the VM and start it on the other host instead");
        }
    }

    /** Reads the VM's requests only for a start attempt: every other transition of every VM passes here too. */
    public void onTransition(VmRef vm, VmTransition transition) {
        List<DeviceRequest> vmRequests = transition.isStartAttempt() ? requests.requestsOf(vm.id()) : List.of();
        for (AllocationAction action : AllocationRules.decide(transition, !vmRequests.isEmpty())) {
            if (action instanceof Allocate allocate) {
                allocateAndStage(vm, allocate.hostId(), vmRequests);
            } else if (action instanceof Release release) {
                release(vm, release.hostId());
            } else if (action instanceof ReleaseAll) {
                releaseAll(vm);
            }
        }
    }

    private void allocateAndStage(VmRef vm, long hostId, List<DeviceRequest> vmRequests) {
        AllocationOutcome outcome;
        try {
            outcome = allocations.allocate(vm.id(), hostId, vmRequests);
        } catch (RuntimeException e) {
            throw new DeviceAllocationException("Cannot start VM " + vm.instanceName() + " on host "
                    + hosts.nameOf(hostId) + ": its devices could not be allocated: " + e.getMessage(), e);
        }
        if (outcome instanceof Refused refused) {
            throw new DeviceAllocationException("Cannot start VM " + vm.instanceName() + " on host "
                    + hosts.nameOf(hostId) + " without its devices: " + describe(refused.shortfalls()));
        }
        DeviceAssignment assignment = new DeviceAssignment(vm.instanceName(), vm.uuid(),
                ((Allocated) outcome).devices());
        try {
            agents.stage(hostId, assignment);
        } catch (RuntimeException e) {
            release(vm, hostId);
            throw new DeviceAllocationException("Cannot start VM " + vm.instanceName() + " on host "
                    + hosts.nameOf(hostId) + ": " + e.getMessage(), e);
        }
        LOG.info("Allocated and staged {} device(s) for VM {} on host {}", assignment.devices().size(),
                vm.instanceName(), hosts.nameOf(hostId));
    }

    /**
     * Only a VM that held devices on the host gets its host asked to undo their preparation: a VM without device
     * requests, or on a host the plugin never allocated on (not KVM), leaves nothing there, and its host would answer
     * that it does not know the command.
     */
    private void release(VmRef vm, long hostId) {
        int freed;
        try {
            freed = allocations.release(vm.id(), hostId);
        } catch (RuntimeException e) {
            LOG.error("Could not release the devices of VM {} on host {}; the stale-allocation sweep will free them",
                    vm.instanceName(), hosts.nameOf(hostId), e);
            return;
        }
        if (freed == 0) {
            return;
        }
        if (agents.unstage(hostId, vm.instanceName())) {
            LOG.info("Released {} device unit(s) of VM {} on host {}", freed, vm.instanceName(),
                    hosts.nameOf(hostId));
        } else {
            LOG.info("Freed {} device unit(s) of VM {} on host {}, which did not confirm releasing them; its agent "
                    + "releases them when the VM stops there", freed, vm.instanceName(), hosts.nameOf(hostId));
        }
    }

    private void releaseAll(VmRef vm) {
        try {
            // Every expunge passes here; only a VM that had devices is worth an operator's line.
            if (allocations.releaseAll(vm.id())) {
                LOG.info("Released all devices and identities of expunged VM {}", vm.instanceName());
            }
        } catch (RuntimeException e) {
            LOG.error("Could not release the devices of expunged VM {}; the stale-allocation sweep will free them",
                    vm.instanceName(), e);
        }
    }

    private static String describe(List<Shortfall> shortfalls) {
        if (shortfalls.isEmpty()) {
            return "the host has not enough free devices";
        }
        return shortfalls.stream().map(Shortfall::describe).collect(Collectors.joining("; "));
    }
}
