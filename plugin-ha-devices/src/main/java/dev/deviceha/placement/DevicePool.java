package dev.deviceha.placement;

import dev.deviceha.model.TagRef;
import java.util.Objects;

/**
 * Interchangeable free devices on one host: same tag, same NUMA node.
 *
 * @param numaNode the NUMA node, or null when the host did not report one (sysfs {@code numa_node} of -1, which
 *                 single-node hosts report); devices without a node are counted as one node of their own
 */
public record DevicePool(TagRef tag, Integer numaNode, int freeUnits) {
    public DevicePool {
        Objects.requireNonNull(tag, "tag");
        if (freeUnits < 0) {
            throw new IllegalArgumentException("free units cannot be negative: " + freeUnits);
        }
    }
}
