package dev.deviceha.api;

import java.util.List;

/**
 * One tag's failover capacity in one cluster (see {@link dev.deviceha.failover.TagCapacity}).
 *
 * @param policy      the cluster's policy, e.g. {@code deviceha.failover.hosts=1, deviceha.failover.policy=warn}
 * @param policyHolds null when the cluster's policy is off
 */
public record FailoverCapacityInfo(ClusterRef cluster, String tag, int total, int used, int free, int needed,
        List<HostRef> worstHosts, int headroom, String policy, Boolean policyHolds) {
    public FailoverCapacityInfo {
        worstHosts = List.copyOf(worstHosts);
    }
}
