package dev.deviceha.allocation;

import dev.deviceha.model.NumaPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses concrete units on one host for a VM's requests, all or none. Pure: the caller holds the host's lock.
 *
 * <p>A request with NUMA {@code required} takes all its units from one node, {@code preferred} does when some node
 * can hold them; the node chosen is the one that fits most tightly, leaving larger nodes for larger requests. A
 * request without NUMA policy takes from the nodes with the fewest free units first, for the same reason.
 * vGPUs go first to GPUs already running their type, so that other GPUs stay free for other types.
 */
public final class UnitPicker {

    /** One unit chosen for one request. */
    public record PickedUnit(AllocatableDevice pool, int slot, UnitRequest request) {
    }

    /** Either every request met ({@code unmet} null), or the first request that could not be. */
    public record Picks(List<PickedUnit> units, UnitRequest unmet, int available) {
        public boolean granted() {
            return unmet == null;
        }
    }

    /** A NUMA node; {@code id} null stands for "the host did not tell", which groups like a node of its own. */
    private record Node(Integer id) {
    }

    private static final Comparator<Integer> NODE_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private UnitPicker() {
    }

    public static Picks pick(List<AllocatableDevice> pools, List<UnitRequest> requests) {
        UnitLedger ledger = new UnitLedger(pools);
        List<PickedUnit> picked = new ArrayList<>();
        for (UnitRequest request : requests) {
            List<AllocatableDevice> candidates = pools.stream()
                    .filter(pool -> request.tag().equals(pool.tag()) && ledger.free(pool) > 0)
                    .toList();
            int available = candidates.stream().mapToInt(ledger::free).sum();
            Optional<Node> node = fittingNode(candidates, ledger, request.count());
            if (request.numa() == NumaPolicy.REQUIRED && node.isEmpty()) {
                return new Picks(List.of(), request, largestNode(candidates, ledger));
            }
            List<AllocatableDevice> chosen = request.numa() != NumaPolicy.NONE && node.isPresent()
                    ? candidates.stream().filter(pool -> Objects.equals(pool.numaNode(), node.get().id())).toList()
                    : candidates;
            Map<Integer, Integer> nodeFree = freeByNode(chosen, ledger);
            Comparator<Integer> nodeOrder = request.numa() == NumaPolicy.NONE
                    ? Comparator.comparing(nodeFree::get) : Comparator.comparing(nodeFree::get, Comparator.reverseOrder());
            if (!take(chosen, ledger, request, picked, nodeOrder.thenComparing(NODE_ORDER))) {
                return new Picks(List.of(), request, available);
            }
        }
        return new Picks(picked, null, 0);
    }

    /**
     * Takes units from the pools, GPUs already running the type first, then node by node in {@code nodeOrder}: a
     * request without NUMA policy drains the nodes with the fewest free units first, keeping whole nodes for
     * NUMA-bound requests to come; a {@code preferred} one that spans nodes starts with the roomiest, to span as few
     * as it can.
     */
    private static boolean take(List<AllocatableDevice> pools, UnitLedger ledger, UnitRequest request,
            List<PickedUnit> picked, Comparator<Integer> nodeOrder) {
        List<AllocatableDevice> ordered = pools.stream()
                .sorted(Comparator.comparing((AllocatableDevice pool) -> !ledger.gpuRunsSameType(pool))
                        .thenComparing(AllocatableDevice::numaNode, nodeOrder)
                        .thenComparing(AllocatableDevice::address))
                .toList();
        int needed = request.count();
        for (AllocatableDevice pool : ordered) {
            while (needed > 0 && ledger.free(pool) > 0) {
                picked.add(new PickedUnit(pool, ledger.take(pool), request));
                needed--;
            }
        }
        return needed == 0;
    }

    /** The node whose free units hold the request most tightly. */
    private static Optional<Node> fittingNode(List<AllocatableDevice> candidates, UnitLedger ledger, int count) {
        return freeByNode(candidates, ledger).entrySet().stream()
                .filter(entry -> entry.getValue() >= count)
                .min(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(NODE_ORDER)))
                .map(entry -> new Node(entry.getKey()));
    }

    private static int largestNode(List<AllocatableDevice> candidates, UnitLedger ledger) {
        return freeByNode(candidates, ledger).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Map<Integer, Integer> freeByNode(List<AllocatableDevice> candidates, UnitLedger ledger) {
        Map<Integer, Integer> free = new HashMap<>();
        for (AllocatableDevice pool : candidates) {
            free.merge(pool.numaNode(), ledger.free(pool), Integer::sum);
        }
        return free;
    }
}
