package dev.deviceha.placement;

import java.util.List;

/** The free device pools of the hosts of one cluster. */
public record ClusterDevices(long clusterId, List<HostDevices> hosts) {
    public ClusterDevices {
        hosts = List.copyOf(hosts);
    }
}
