package dev.deviceha.allocation;

import dev.deviceha.model.TagRef;

/**
 * Units of one tag a host could still give, on one NUMA node ({@code numaNode} null when the host did not tell).
 * Sum over nodes for a host's total.
 */
public record FreeUnits(long hostId, TagRef tag, Integer numaNode, int free) {
}
