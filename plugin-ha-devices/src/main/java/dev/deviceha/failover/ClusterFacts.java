package dev.deviceha.failover;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to what failover planning needs from CloudStack about clusters, hosts and VMs. */
public interface ClusterFacts {

    /** The cluster's Up and Enabled routing hosts. */
    List<Long> usableHosts(long clusterId);

    /** The host's cluster; empty when the host does not exist or has none. */
    Optional<Long> clusterOf(long hostId);

    /** The clusters of the zone, or every cluster when {@code zoneId} is null. */
    List<Long> clusters(Long zoneId);

    /** The HA-enabled VMs on the cluster's hosts, by id, with their display names. */
    Map<Long, String> haEnabledVms(long clusterId);

    /** The cluster's {@code deviceha.failover.hosts} and {@code deviceha.failover.policy}. */
    FailoverPolicy policyOf(long clusterId);
}
