package dev.deviceha.service;

import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.allocation.AllocationOutcome.Granted;
import dev.deviceha.allocation.AllocationOutcome.Refused;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.Shortfall;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.request.RequestOwner;
import dev.deviceha.request.StoredDeviceIdentity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The allocation store behind the VM lifecycle: takes a VM's devices on a host all or nothing in the shared database,
 * and dresses them with the VM's identities (fixed at its first allocation, reused on every host after).
 */
public final class DeviceAllocations implements DeviceAllocationPort {
    private final AllocationRepository allocations;
    private final DeviceIdentities identities;
    private final VmDirectory vms;
    private final DeviceRequestRepository storedRequests;

    public DeviceAllocations(AllocationRepository allocations, DeviceIdentities identities, VmDirectory vms,
            DeviceRequestRepository storedRequests) {
        this.allocations = allocations;
        this.identities = identities;
        this.vms = vms;
        this.storedRequests = storedRequests;
    }

    /**
     * Allocates every request on the host, or nothing. When the VM already holds exactly these devices there (a
     * repeated call), they are returned as they are.
     */
    @Override
    public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
        VmFacts vm = vms.find(vmId).orElseThrow(() -> new IllegalStateException("VM " + vmId + " does not exist"));
        Map<IdentitySlot, StoredDeviceIdentity> vmIdentities = identities.ensure(vmId, vm.zoneId(), requests);
        List<AllocatedUnit> held = allocations.allocationsOf(vmId, hostId);
        if (!held.isEmpty()) {
            if (unitsPerTag(held).equals(countsPerTag(requests))) {
                // Dated anew, so the stale-allocation sweep, which judged them before this start, leaves them.
                allocations.renew(vmId, hostId);
                return new AllocationOutcome.Allocated(AssignmentBuilder.build(requests, held, vmIdentities));
            }
            allocations.release(vmId, hostId);
        }
        List<UnitRequest> units = requests.stream()
                .map(request -> new UnitRequest(request.tag(), request.count(), request.numa())).toList();
        dev.deviceha.allocation.AllocationOutcome outcome =
                allocations.allocate(hostId, new VmRef(vmId, vm.instanceName()), units);
        if (outcome instanceof Refused refused) {
            UnitRequest unmet = refused.unmet();
            return new AllocationOutcome.Refused(
                    List.of(new Shortfall(unmet.tag(), unmet.count(), refused.available(), unmet.numa())));
        }
        return new AllocationOutcome.Allocated(
                AssignmentBuilder.build(requests, ((Granted) outcome).units(), vmIdentities));
    }

    /** The devices the VM holds on the host, as they were staged; empty when it holds none there. */
    public List<AssignedDevice> held(long vmId, long hostId, List<DeviceRequest> requests) {
        List<AllocatedUnit> units = allocations.allocationsOf(vmId, hostId);
        if (units.isEmpty()) {
            return List.of();
        }
        return AssignmentBuilder.build(requests, units, identities.stored(vmId));
    }

    @Override
    public Map<TagRef, Long> holdings(long vmId) {
        return unitsPerTag(allocations.allocationsOf(vmId));
    }

    /** Frees what the VM holds on the host; its identities stay for its next start. */
    @Override
    public int release(long vmId, long hostId) {
        return allocations.release(vmId, hostId);
    }

    /**
     * Frees everything the VM holds and forgets its identities and the requests added for it through the API (the
     * VM is expunged: left behind, those requests would keep their tags in use for good).
     */
    @Override
    public boolean releaseAll(long vmId) {
        int units = allocations.release(vmId);
        int identitiesForgotten = identities.forget(vmId);
        storedRequests.replace(RequestOwner.vm(vmId), List.of());
        return units + identitiesForgotten > 0;
    }

    private static Map<TagRef, Long> unitsPerTag(List<AllocatedUnit> units) {
        return units.stream().collect(Collectors.groupingBy(AllocatedUnit::tag, Collectors.counting()));
    }

    private static Map<TagRef, Long> countsPerTag(List<DeviceRequest> requests) {
        return requests.stream().collect(Collectors.toMap(DeviceRequest::tag, r -> (long) r.count(), Long::sum));
    }
}
