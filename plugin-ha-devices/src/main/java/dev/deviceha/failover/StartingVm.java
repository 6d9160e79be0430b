package dev.deviceha.failover;

import dev.deviceha.allocation.UnitRequest;
import java.util.List;

/** A VM being started (not an HA restart): what it asks for, and whether HA would restart it in turn. */
public record StartingVm(long vmId, String name, boolean haEnabled, List<UnitRequest> demand) {
    public StartingVm {
        demand = List.copyOf(demand);
    }
}
