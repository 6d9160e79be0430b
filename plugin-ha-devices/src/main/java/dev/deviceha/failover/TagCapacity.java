package dev.deviceha.failover;

import dev.deviceha.model.TagRef;
import java.util.List;

/**
 * One tag's failover capacity in one cluster.
 *
 * @param total        units of the tag on the cluster's Up and Enabled hosts that are in use or could be given
 * @param needed       units the HA-enabled VMs of the worst failure set hold of the tag
 * @param worstHostIds the failure set (one host, or two) whose HA-enabled VMs hold the tag and leave the least
 *                     headroom; empty when no HA-enabled VM holds it
 * @param headroom     free units on the other hosts minus {@code needed}; negative when they cannot absorb it
 * @param policyHolds  whether every failure set the policy names leaves no VM short of this tag; null when the
 *                     cluster's policy is off
 */
public record TagCapacity(long clusterId, TagRef tag, int total, int used, int free, int needed,
        List<Long> worstHostIds, int headroom, Boolean policyHolds) {
    public TagCapacity {
        worstHostIds = List.copyOf(worstHostIds);
    }
}
