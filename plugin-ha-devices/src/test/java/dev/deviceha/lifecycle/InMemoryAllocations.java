package dev.deviceha.lifecycle;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.Shortfall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory stand-in for the allocation store, for the pure lifecycle tests only. It keeps the port's contract
 * (all or nothing, idempotent, identities fixed at first allocation) but none of the database atomicity across
 * management servers, which the persistence tests prove against a real MariaDB.
 */
class InMemoryAllocations implements DeviceAllocationPort {
    private final Map<Long, Map<TagRef, Integer>> freeByHost = new HashMap<>();
    private final Map<Long, Map<Long, List<AssignedDevice>>> heldByVm = new HashMap<>();
    private final Map<Long, List<MacAddress>> identitiesByVm = new HashMap<>();
    private long nextMac = 0x02_00_00_00_00_01L;

    void addFree(long hostId, TagRef tag, int units) {
        freeByHost.computeIfAbsent(hostId, host -> new HashMap<>()).merge(tag, units, Integer::sum);
    }

    int free(long hostId, TagRef tag) {
        return freeByHost.getOrDefault(hostId, Map.of()).getOrDefault(tag, 0);
    }

    Map<Long, Integer> heldCountByHost(long vmId) {
        Map<Long, Integer> counts = new HashMap<>();
        heldByVm.getOrDefault(vmId, Map.of()).forEach((host, devices) -> counts.put(host, devices.size()));
        return counts;
    }

    boolean remembersIdentitiesOf(long vmId) {
        return identitiesByVm.containsKey(vmId);
    }

    @Override
    public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
        List<AssignedDevice> held = heldByVm.getOrDefault(vmId, Map.of()).get(hostId);
        if (held != null) {
            return new AllocationOutcome.Allocated(held);
        }
        Map<TagRef, Integer> needed = new HashMap<>();
        requests.forEach(request -> needed.merge(request.tag(), request.count(), Integer::sum));
        List<Shortfall> shortfalls = new ArrayList<>();
        needed.forEach((tag, count) -> {
            if (free(hostId, tag) < count) {
                shortfalls.add(new Shortfall(tag, count, free(hostId, tag), NumaPolicy.NONE));
            }
        });
        if (!shortfalls.isEmpty()) {
            return new AllocationOutcome.Refused(shortfalls);
        }
        List<AssignedDevice> devices = new ArrayList<>();
        List<MacAddress> identities = identitiesByVm.computeIfAbsent(vmId, vm -> new ArrayList<>());
        int unit = 0;
        for (DeviceRequest request : requests) {
            freeByHost.get(hostId).merge(request.tag(), -request.count(), Integer::sum);
            for (int i = 0; i < request.count(); i++, unit++) {
                if (identities.size() == unit) {
                    identities.add(MacAddress.fromLong(nextMac++));
                }
                devices.add(new AssignedDevice(request.tag(), DeviceBacking.PCI_FUNCTION, null, null, null, null,
                        identities.get(unit), null, null, null));
            }
        }
        heldByVm.computeIfAbsent(vmId, vm -> new HashMap<>()).put(hostId, devices);
        return new AllocationOutcome.Allocated(devices);
    }

    @Override
    public Map<TagRef, Long> holdings(long vmId) {
        Map<TagRef, Long> units = new HashMap<>();
        heldByVm.getOrDefault(vmId, Map.of()).values().forEach(devices -> devices
                .forEach(device -> units.merge(device.tag(), 1L, Long::sum)));
        return units;
    }

    @Override
    public int release(long vmId, long hostId) {
        List<AssignedDevice> held = heldByVm.getOrDefault(vmId, new HashMap<>()).remove(hostId);
        if (held == null) {
            return 0;
        }
        held.forEach(device -> addFree(hostId, device.tag(), 1));
        return held.size();
    }

    @Override
    public boolean releaseAll(long vmId) {
        boolean held = heldByVm.containsKey(vmId) || identitiesByVm.containsKey(vmId);
        new ArrayList<>(heldByVm.getOrDefault(vmId, Map.of()).keySet()).forEach(host -> release(vmId, host));
        identitiesByVm.remove(vmId);
        return held;
    }
}
