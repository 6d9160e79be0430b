package dev.deviceha.placement;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What placement needs to know of one device request of a VM: how many interchangeable devices of one tag, and how
 * strictly they must share a NUMA node. Placement reads nothing else (VLAN, MACs and trust are the agent's business),
 * so the full request type of the model maps onto this one field by field.
 */
public record PlacementRequest(TagRef tag, int count, NumaPolicy numaPolicy) {
    public PlacementRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(numaPolicy, "numaPolicy");
        if (count < 1) {
            throw new IllegalArgumentException("a device request needs a count of at least 1, got " + count);
        }
    }

    public static Set<TagRef> tagsOf(List<PlacementRequest> requests) {
        return requests.stream().map(PlacementRequest::tag).collect(Collectors.toSet());
    }
}
