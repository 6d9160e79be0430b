package dev.deviceha.placement;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;

/**
 * Why one request does not fit on a host: it needs {@code needed} devices of {@code tag} and only {@code free} are
 * usable, counted on the best single NUMA node when the policy is {@link NumaPolicy#REQUIRED}.
 */
public record Shortfall(TagRef tag, int needed, int free, NumaPolicy numaPolicy) {

    public boolean onOneNumaNode() {
        return numaPolicy == NumaPolicy.REQUIRED;
    }

    /**
     * For operators: {@code SRIOV_VF/trading-net: needs 2, 1 free}, or with NUMA policy {@code required}
     * {@code SRIOV_VF/trading-net: needs 2 on one NUMA node, at most 1 free on one node}.
     */
    public String describe() {
        if (onOneNumaNode()) {
            return tag + ": needs " + needed + " on one NUMA node, at most " + free + " free on one node";
        }
        return tag + ": needs " + needed + ", " + free + " free";
    }
}
