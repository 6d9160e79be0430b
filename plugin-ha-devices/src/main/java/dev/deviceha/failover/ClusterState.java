package dev.deviceha.failover;

import dev.deviceha.allocation.AllocatableDevice;
import java.util.List;

/**
 * What failover planning knows of one cluster at one moment.
 *
 * @param usableHostIds the Up and Enabled hosts: the ones an HA restart can use, and the ones that can fail
 * @param devices       every device of those hosts, with its taken slots
 * @param haVms         the HA-enabled VMs holding devices on those hosts
 */
public record ClusterState(long clusterId, List<Long> usableHostIds, List<AllocatableDevice> devices,
        List<FailoverVm> haVms) {
    public ClusterState {
        usableHostIds = List.copyOf(usableHostIds);
        devices = List.copyOf(devices);
        haVms = List.copyOf(haVms);
    }
}
