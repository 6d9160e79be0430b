package dev.deviceha.failover;

import java.util.List;
import java.util.Optional;

/**
 * A cluster's what-if: each host's failure alone, and the worst pair when the policy asks for two failures.
 */
public record ClusterWhatIf(long clusterId, FailoverPolicy policy, List<Stranding> hosts,
        Optional<Stranding> worstPair) {
    public ClusterWhatIf {
        hosts = List.copyOf(hosts);
    }
}
