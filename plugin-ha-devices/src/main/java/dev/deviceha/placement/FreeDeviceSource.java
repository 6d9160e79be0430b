package dev.deviceha.placement;

import dev.deviceha.model.TagRef;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port to the device inventory: the free units of the given tags on the given hosts, per NUMA node. Free means
 * discovered, healthy and allocated to no VM, as the database says now. Every requested host is in the answer,
 * with an empty pool list when it has none of the tags free.
 */
public interface FreeDeviceSource {
    List<HostDevices> freeOn(Collection<Long> hostIds, Set<TagRef> tags);
}
