package dev.deviceha.service;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.model.TagRef;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.placement.HostDevices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Placement's view of the inventory: free units from the allocation store, as the allocator would count them, for the
 * tags asked about; every host asked about appears, with no pools when it has none free.
 */
public final class InventoryFreeDevices implements FreeDeviceSource {
    private final AllocationRepository allocations;

    public InventoryFreeDevices(AllocationRepository allocations) {
        this.allocations = allocations;
    }

    @Override
    public List<HostDevices> freeOn(Collection<Long> hostIds, Set<TagRef> tags) {
        Map<Long, List<DevicePool>> poolsByHost = new LinkedHashMap<>();
        hostIds.forEach(hostId -> poolsByHost.put(hostId, new ArrayList<>()));
        if (hostIds.isEmpty() || tags.isEmpty()) {
            return hosts(poolsByHost);
        }
        for (HostDevices free : allocations.freeUnits(hostIds, tags)) {
            poolsByHost.get(free.hostId()).addAll(free.pools());
        }
        return hosts(poolsByHost);
    }

    private static List<HostDevices> hosts(Map<Long, List<DevicePool>> poolsByHost) {
        return poolsByHost.entrySet().stream().map(e -> new HostDevices(e.getKey(), e.getValue())).toList();
    }
}
