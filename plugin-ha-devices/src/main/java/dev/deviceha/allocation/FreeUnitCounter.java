package dev.deviceha.allocation;

import dev.deviceha.model.TagRef;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts free units per host, tag and NUMA node with the same rules the picker applies. Pure. */
public final class FreeUnitCounter {
    private static final Comparator<FreeUnits> ORDER = Comparator.comparingLong(FreeUnits::hostId)
            .thenComparing(FreeUnits::tag)
            .thenComparing(FreeUnits::numaNode, Comparator.nullsLast(Comparator.naturalOrder()));

    private FreeUnitCounter() {
    }

    /** Only (host, tag, node) groups with at least one free unit appear. */
    public static List<FreeUnits> count(List<DevicePool> pools) {
        UnitLedger ledger = new UnitLedger(pools);
        Map<Group, Integer> free = new LinkedHashMap<>();
        for (DevicePool pool : pools) {
            int units = ledger.free(pool);
            if (units > 0) {
                free.merge(new Group(pool.hostId(), pool.tag(), pool.numaNode()), units, Integer::sum);
            }
        }
        return free.entrySet().stream()
                .map(e -> new FreeUnits(e.getKey().hostId(), e.getKey().tag(), e.getKey().numaNode(), e.getValue()))
                .sorted(ORDER)
                .toList();
    }

    private record Group(long hostId, TagRef tag, Integer numaNode) {
    }
}
