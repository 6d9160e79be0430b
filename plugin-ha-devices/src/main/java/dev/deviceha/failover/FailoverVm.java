package dev.deviceha.failover;

import dev.deviceha.allocation.UnitRequest;
import java.util.List;

/**
 * An HA-enabled VM holding devices on {@code hostId}, with what its HA restart would ask for: the units it holds,
 * per tag and NUMA policy.
 */
public record FailoverVm(long vmId, String name, long hostId, List<UnitRequest> demand) {
    public FailoverVm {
        demand = List.copyOf(demand);
    }

    int units() {
        return demand.stream().mapToInt(UnitRequest::count).sum();
    }
}
