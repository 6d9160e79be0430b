package dev.deviceha.allocation;

import dev.deviceha.model.TagRef;

/** Units of one tag a host could still give, over all its NUMA nodes. */
public record HostFreeUnits(long hostId, TagRef tag, int free) {
}
