package dev.deviceha.drill.cloudstack;

import java.util.Set;

import dev.deviceha.drill.host.SimulatedHost;

/** How a start attempt finds its host: the VM's own planner, or the HA planner an HA restart falls back to. */
@FunctionalInterface
public interface Planning {
    SimulatedHost plan(VmRecord vm, Set<Long> avoid) throws InsufficientCapacityException;
}
