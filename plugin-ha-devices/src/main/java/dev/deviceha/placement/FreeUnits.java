package dev.deviceha.placement;

import dev.deviceha.model.TagRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A working copy of one host's free units per tag and NUMA node that requests are taken from one after the other,
 * so that two requests of the same tag cannot both count the same device.
 */
final class FreeUnits {
    /** Key for devices whose host reported no NUMA node; they are counted as one node. */
    private static final int NO_NODE = Integer.MIN_VALUE;

    private final Map<TagRef, Map<Integer, Integer>> byTagAndNode = new HashMap<>();

    FreeUnits(List<DevicePool> pools) {
        for (DevicePool pool : pools) {
            int node = pool.numaNode() == null ? NO_NODE : pool.numaNode();
            byTagAndNode.computeIfAbsent(pool.tag(), tag -> new HashMap<>()).merge(node, pool.freeUnits(), Integer::sum);
        }
    }

    int total(TagRef tag) {
        return nodes(tag).values().stream().mapToInt(Integer::intValue).sum();
    }

    int largestNode(TagRef tag) {
        return nodes(tag).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The node with the fewest free units that still holds {@code count}: taking from the tightest node keeps the
     * roomy ones for requests that need a whole node.
     */
    Optional<Integer> tightestNodeHolding(TagRef tag, int count) {
        return nodes(tag).entrySet().stream()
                .filter(entry -> entry.getValue() >= count)
                .min(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    void take(TagRef tag, int node, int count) {
        nodes(tag).merge(node, -count, Integer::sum);
    }

    /**
     * Takes {@code count} units over several nodes: from the roomiest first, so the VM spans as few nodes as
     * possible, or, for a request that does not care ({@code roomiestFirst} false), from the fullest first, keeping
     * whole nodes for NUMA-bound requests. The allocator's UnitPicker takes them in the same order.
     */
    void takeSpread(TagRef tag, int count, boolean roomiestFirst) {
        List<Map.Entry<Integer, Integer>> ordered = new ArrayList<>(nodes(tag).entrySet());
        Comparator<Integer> byFree = roomiestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder();
        ordered.sort(Map.Entry.<Integer, Integer>comparingByValue(byFree).thenComparing(Map.Entry.comparingByKey()));
        int left = count;
        for (Map.Entry<Integer, Integer> node : ordered) {
            int taken = Math.min(left, node.getValue());
            take(tag, node.getKey(), taken);
            left -= taken;
            if (left == 0) {
                return;
            }
        }
    }

    /** What is left, as pools with at least one free unit. */
    List<DevicePool> pools() {
        List<DevicePool> pools = new ArrayList<>();
        byTagAndNode.forEach((tag, nodes) -> nodes.forEach((node, units) -> {
            if (units > 0) {
                pools.add(new DevicePool(tag, node == NO_NODE ? null : node, units));
            }
        }));
        return pools;
    }

    private Map<Integer, Integer> nodes(TagRef tag) {
        return byTagAndNode.getOrDefault(tag, new HashMap<>());
    }
}
