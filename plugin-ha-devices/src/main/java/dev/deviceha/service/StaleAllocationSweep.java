package dev.deviceha.service;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.VmPlacement;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.HostNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Gives back allocations whose VM is no longer on their host as CloudStack records it: the VM stopped, moved or
 * was expunged, but the release that should have followed was lost (a database error during the stop, a
 * management server that died mid-start, CloudStack's own transaction rolled back after the allocation committed).
 * Left alone, such units would be refused to every other VM for good.
 *
 * <p>Only units allocated (or renewed by a start) longer than the grace ago are released: a start attempt
 * allocates while CloudStack's record of the VM's host may not yet be visible to this management server, and a
 * start that reuses its units after the sweep looked is dated anew. Every management server may sweep; releasing
 * twice frees nothing twice.
 */
public final class StaleAllocationSweep {
    private static final Logger LOG = LogManager.getLogger(StaleAllocationSweep.class);

    private final AllocationRepository allocations;
    private final VmDirectory vms;
    private final DeviceAgentPort agents;
    private final HostNames hosts;
    private final Supplier<Duration> grace;

    /** @param grace read on every sweep, so a changed setting applies without a restart */
    public StaleAllocationSweep(AllocationRepository allocations, VmDirectory vms, DeviceAgentPort agents,
            HostNames hosts, Supplier<Duration> grace) {
        this.allocations = allocations;
        this.vms = vms;
        this.agents = agents;
        this.hosts = hosts;
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /** @return the placements it released */
    public List<VmPlacement> sweep() {
        // The cutoff comes first: an allocation made after it is never judged by what is read below.
        Instant cutoff = allocations.databaseNow().minus(grace.get());
        List<VmPlacement> released = new ArrayList<>();
        for (VmPlacement placement : allocations.placements()) {
            Optional<VmFacts> vm = vms.find(placement.vmId());
            if (vm.isPresent() && Objects.equals(vm.get().hostId(), placement.hostId())) {
                continue;
            }
            if (allocations.releaseAllocatedBefore(placement.vmId(), placement.hostId(), cutoff) > 0) {
                agents.unstage(placement.hostId(), placement.vmInstanceName());
                LOG.warn("Released the devices VM {} still held on host {}: {}", placement.vmInstanceName(),
                        hosts.nameOf(placement.hostId()), vm.map(this::whereNow).orElse("the VM no longer exists"));
                released.add(placement);
            }
        }
        return released;
    }

    private String whereNow(VmFacts vm) {
        return vm.hostId() == null ? "CloudStack has it on no host"
                : "CloudStack has it on host " + hosts.nameOf(vm.hostId());
    }
}
