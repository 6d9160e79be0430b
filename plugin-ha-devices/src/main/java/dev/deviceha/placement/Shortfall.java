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

    /** For operators: {@code SRIOV_VF/trading-net: needs 2, 1 free} (with "on one NUMA node" where it applies). */
    public String describe() {
        return tag + ": needs " + needed + (onOneNumaNode() ? " on one NUMA node" : "") + ", " + free + " free";
    }
}
