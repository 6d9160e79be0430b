package dev.deviceha.allocation;

import dev.deviceha.model.TagRef;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts free units per host, tag and NUMA node with the same rules the picker applies, as the pools placement
 * reads. Pure.
 */
public final class FreeUnitCounter {
    private static final Comparator<Group> ORDER = Comparator.comparing(Group::tag)
            .thenComparing(Group::numaNode, Comparator.nullsLast(Comparator.naturalOrder()));

    private FreeUnitCounter() {
    }

    /**
     * Hosts by id, each with its pools of the given tags by tag and node; only hosts and (tag, node) pools with at
     * least one free unit appear. The other devices still count for the rules (a vGPU taken of another type commits
     * its GPU).
     */
    public static List<HostDevices> count(List<AllocatableDevice> pools, Set<TagRef> tags) {
        UnitLedger ledger = new UnitLedger(pools);
        Map<Long, Map<Group, Integer>> free = new TreeMap<>();
        for (AllocatableDevice pool : pools) {
            int units = tags.contains(pool.tag()) ? ledger.free(pool) : 0;
            if (units > 0) {
                free.computeIfAbsent(pool.hostId(), host -> new TreeMap<>(ORDER))
                        .merge(new Group(pool.tag(), pool.numaNode()), units, Integer::sum);
            }
        }
        return free.entrySet().stream().map(host -> new HostDevices(host.getKey(), pools(host.getValue()))).toList();
    }

    private static List<DevicePool> pools(Map<Group, Integer> freeByGroup) {
        return freeByGroup.entrySet().stream()
                .map(e -> new DevicePool(e.getKey().tag(), e.getKey().numaNode(), e.getValue())).toList();
    }

    private record Group(TagRef tag, Integer numaNode) {
    }
}
