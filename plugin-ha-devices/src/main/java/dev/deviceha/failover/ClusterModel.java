package dev.deviceha.failover;

import dev.deviceha.allocation.AllocatableDevice;
import dev.deviceha.allocation.UnitLedger;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster's free units compiled into arrays, and the placement of a VM's requests on one host by the allocator's
 * rules ({@link dev.deviceha.allocation.UnitPicker}): requests in order; NUMA {@code required} on the one node that
 * holds them most tightly, {@code preferred} there when a node can, {@code none} across nodes in node order; vGPUs
 * first on GPUs already running their type, and once a GPU runs a type its other types are gone. Free units of one
 * tag and node that share no GPU are one pool: which of them is taken makes no difference to later requests.
 * Planning thousands of what-if placements per start needs this compact form; what it decides is what the allocator
 * would do.
 */
final class ClusterModel {
    /** Sorts after every real node, as the allocator orders devices without a node. */
    static final int NO_NODE = Integer.MAX_VALUE;

    final long[] hostIds;
    final Map<TagRef, Integer> tagIndex = new LinkedHashMap<>();
    private final Layout[] layouts;
    private final Capacity initial;

    /** The pools of one host: tag, NUMA node, GPU (or -1) and vGPU type of each, and each tag's pools in take order. */
    private static final class Layout {
        int[] tag;
        int[] node;
        int[] gpu;
        int[] type;
        int[][] byTag;
    }

    /** Free units per pool, committed type per GPU (-1 none) and free units per tag (an upper bound), per host. */
    static final class Capacity {
        final int[][] free;
        final int[][] gpuType;
        final int[][] tagFree;

        Capacity(int[][] free, int[][] gpuType, int[][] tagFree) {
            this.free = free;
            this.gpuType = gpuType;
            this.tagFree = tagFree;
        }

        /**
         * A copy that shares the hosts' arrays: {@link #place} never writes into them but swaps in changed copies, so
         * a copy costs three arrays of references, not the cluster's units.
         */
        Capacity copy() {
            return new Capacity(free.clone(), gpuType.clone(), tagFree.clone());
        }
    }

    /** A VM's requests as tag indices; a tag no host has gets index -1 and never fits. */
    record Demand(int[] tag, int[] count, NumaPolicy[] numa) {
    }

    ClusterModel(List<Long> usableHostIds, List<AllocatableDevice> devices) {
        hostIds = usableHostIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        Map<Long, Integer> hostIndex = new HashMap<>();
        for (int h = 0; h < hostIds.length; h++) {
            hostIndex.put(hostIds[h], h);
        }
        Map<Integer, List<AllocatableDevice>> byHost = new HashMap<>();
        for (AllocatableDevice device : devices) {
            Integer h = hostIndex.get(device.hostId());
            if (h != null && device.tag() != null) {
                byHost.computeIfAbsent(h, x -> new ArrayList<>()).add(device);
                tagIndex.putIfAbsent(device.tag(), tagIndex.size());
            }
        }
        layouts = new Layout[hostIds.length];
        int[][] free = new int[hostIds.length][];
        int[][] gpuType = new int[hostIds.length][];
        int[][] tagFree = new int[hostIds.length][];
        Map<MdevTypeId, Integer> types = new HashMap<>();
        for (int h = 0; h < hostIds.length; h++) {
            compileHost(h, byHost.getOrDefault(h, List.of()), types, free, gpuType, tagFree);
        }
        initial = new Capacity(free, gpuType, tagFree);
    }

    private record Pool(int tag, int node, int gpu, int type, String address, int free) {
    }

    private void compileHost(int h, List<AllocatableDevice> devices, Map<MdevTypeId, Integer> types, int[][] free,
            int[][] gpuType, int[][] tagFree) {
        UnitLedger ledger = new UnitLedger(devices);
        Map<String, Integer> gpus = new HashMap<>();
        List<Integer> committed = new ArrayList<>();
        Map<List<Integer>, Integer> shared = new LinkedHashMap<>();
        List<Pool> pools = new ArrayList<>();
        for (AllocatableDevice device : devices) {
            int tag = tagIndex.get(device.tag());
            int node = device.numaNode() == null ? NO_NODE : device.numaNode();
            if (device.sharesGpuWithSiblings()) {
                int gpu = gpus.computeIfAbsent(device.parentAddress(), p -> {
                    committed.add(-1);
                    return committed.size() - 1;
                });
                int type = types.computeIfAbsent(device.type(), t -> types.size());
                if (!device.takenSlots().isEmpty() && committed.get(gpu) == -1) {
                    committed.set(gpu, type);
                }
                int units = ledger.free(device);
                if (units > 0) {
                    pools.add(new Pool(tag, node, gpu, type, device.address(), units));
                }
            } else {
                int units = ledger.free(device);
                if (units > 0) {
                    List<Integer> key = List.of(tag, node);
                    Integer at = shared.get(key);
                    if (at == null) {
                        shared.put(key, pools.size());
                        pools.add(new Pool(tag, node, -1, -1, device.address(), units));
                    } else {
                        Pool p = pools.get(at);
                        pools.set(at, new Pool(tag, node, -1, -1, min(p.address(), device.address()),
                                p.free() + units));
                    }
                }
            }
        }
        pools.sort(Comparator.comparingInt(Pool::node).thenComparing(Pool::address));
        Layout layout = new Layout();
        int n = pools.size();
        layout.tag = new int[n];
        layout.node = new int[n];
        layout.gpu = new int[n];
        layout.type = new int[n];
        free[h] = new int[n];
        tagFree[h] = new int[Math.max(1, tagIndex.size())];
        Map<Integer, List<Integer>> byTag = new HashMap<>();
        for (int p = 0; p < n; p++) {
            Pool pool = pools.get(p);
            layout.tag[p] = pool.tag();
            layout.node[p] = pool.node();
            layout.gpu[p] = pool.gpu();
            layout.type[p] = pool.type();
            free[h][p] = pool.free();
            byTag.computeIfAbsent(pool.tag(), t -> new ArrayList<>()).add(p);
        }
        layout.byTag = new int[tagIndex.size()][];
        byTag.forEach((tag, list) -> layout.byTag[tag] = list.stream().mapToInt(Integer::intValue).toArray());
        gpuType[h] = committed.stream().mapToInt(Integer::intValue).toArray();
        for (int p = 0; p < n; p++) {
            if (effective(layout, free[h], gpuType[h], p) > 0) {
                tagFree[h][layout.tag[p]] += free[h][p];
            }
        }
        layouts[h] = layout;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    int hostCount() {
        return hostIds.length;
    }

    int indexOf(long hostId) {
        int i = Arrays.binarySearch(hostIds, hostId);
        return i >= 0 ? i : -1;
    }

    Capacity capacity() {
        return initial.copy();
    }

    Demand demand(List<UnitRequest> requests) {
        int n = requests.size();
        int[] tag = new int[n];
        int[] count = new int[n];
        NumaPolicy[] numa = new NumaPolicy[n];
        for (int i = 0; i < n; i++) {
            UnitRequest request = requests.get(i);
            tag[i] = tagIndex.getOrDefault(request.tag(), -1);
            count[i] = request.count();
            numa[i] = request.numa();
        }
        return new Demand(tag, count, numa);
    }

    /**
     * Places the demand on host h and keeps the units taken; false (nothing taken) when it does not fit. The host's
     * arrays are replaced, never written, so copies of the capacity taken before stay as they were.
     */
    boolean place(Capacity capacity, int h, Demand demand) {
        for (int i = 0; i < demand.tag().length; i++) {
            int tag = demand.tag()[i];
            if (tag < 0 || capacity.tagFree[h][tag] < demand.count()[i]) {
                return false;
            }
        }
        int[] free = capacity.free[h].clone();
        int[] gpuType = capacity.gpuType[h].clone();
        int[] tagFree = capacity.tagFree[h].clone();
        Layout layout = layouts[h];
        for (int i = 0; i < demand.tag().length; i++) {
            if (!pick(layout, free, gpuType, tagFree, demand.tag()[i], demand.count()[i], demand.numa()[i])) {
                return false;
            }
        }
        capacity.free[h] = free;
        capacity.gpuType[h] = gpuType;
        capacity.tagFree[h] = tagFree;
        return true;
    }

    private static boolean pick(Layout layout, int[] free, int[] gpuType, int[] tagFree, int tag, int count,
            NumaPolicy numa) {
        int[] pools = layout.byTag[tag];
        if (pools == null) {
            return false;
        }
        int bestNode = -1;
        int bestSum = Integer.MAX_VALUE;
        boolean found = false;
        int i = 0;
        while (i < pools.length) {
            int node = layout.node[pools[i]];
            int sum = 0;
            while (i < pools.length && layout.node[pools[i]] == node) {
                sum += effective(layout, free, gpuType, pools[i]);
                i++;
            }
            if (sum >= count && sum < bestSum) {
                bestSum = sum;
                bestNode = node;
                found = true;
            }
        }
        if (numa == NumaPolicy.REQUIRED && !found) {
            return false;
        }
        boolean onNode = numa != NumaPolicy.NONE && found;
        boolean[] sameType = new boolean[pools.length];
        for (int k = 0; k < pools.length; k++) {
            int p = pools[k];
            sameType[k] = layout.gpu[p] >= 0 && gpuType[layout.gpu[p]] == layout.type[p];
        }
        int needed = count;
        for (int pass = 0; pass < 2 && needed > 0; pass++) {
            for (int k = 0; k < pools.length && needed > 0; k++) {
                int p = pools[k];
                if (sameType[k] != (pass == 0) || (onNode && layout.node[p] != bestNode)) {
                    continue;
                }
                int taken = Math.min(needed, effective(layout, free, gpuType, p));
                if (taken > 0) {
                    free[p] -= taken;
                    tagFree[tag] -= taken;
                    needed -= taken;
                    if (layout.gpu[p] >= 0 && gpuType[layout.gpu[p]] < 0) {
                        gpuType[layout.gpu[p]] = layout.type[p];
                    }
                }
            }
        }
        return needed == 0;
    }

    private static int effective(Layout layout, int[] free, int[] gpuType, int p) {
        int gpu = layout.gpu[p];
        if (gpu >= 0 && gpuType[gpu] >= 0 && gpuType[gpu] != layout.type[p]) {
            return 0;
        }
        return free[p];
    }

    /** Usable units of the tag on host h now: on the best node for NUMA {@code required}, else in all. */
    int usable(Capacity capacity, int h, int tag, NumaPolicy numa) {
        if (tag < 0 || layouts[h].byTag[tag] == null) {
            return 0;
        }
        Layout layout = layouts[h];
        Map<Integer, Integer> byNode = new HashMap<>();
        int total = 0;
        for (int p : layout.byTag[tag]) {
            int units = effective(layout, capacity.free[h], capacity.gpuType[h], p);
            byNode.merge(layout.node[p], units, Integer::sum);
            total += units;
        }
        return numa == NumaPolicy.REQUIRED
                ? byNode.values().stream().mapToInt(Integer::intValue).max().orElse(0) : total;
    }
}
