package dev.deviceha.allocation;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DeviceFitCheck;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How many VMs of a {@link StormInstance} each way of placing them gets running, VMs taken one after the other as
 * HA workers restart them.
 * <ul>
 * <li>{@link #firstFit}: the first host, in CloudStack's order, where the first free units will do;</li>
 * <li>{@link #plugin}: what runs today: the plugin's screening (DeviceFitCheck) keeps the hosts that fit, the
 *     first of them in CloudStack's order is tried, and the plugin's UnitPicker chooses the units there (tightest
 *     NUMA node, NUMA-bound requests first, vGPUs onto GPUs already running their type); a host that refuses is
 *     left for the next, as a start retry does;</li>
 * <li>{@link #rankedHosts}: the same, with the fitting hosts in the plugin's preferred order (hosts whose scarce
 *     tags the VM does not need last, then the tightest fit of the requested tags);</li>
 * <li>{@link #rankedStorm}: also the VMs in the plugin's preferred order (NUMA-bound first, scarcest tags first,
 *     largest first), which only the HA workers' queue could give;</li>
 * <li>{@link #optimum}: the most VMs any assignment can place, by exhaustive search.</li>
 * </ul>
 */
final class StormPolicies {
    private StormPolicies() {
    }

    static int firstFit(StormInstance instance) {
        List<List<AllocatableDevice>> hosts = new ArrayList<>(instance.hosts());
        int placed = 0;
        for (List<UnitRequest> vm : instance.vms()) {
            for (int h = 0; h < hosts.size(); h++) {
                Optional<List<AllocatableDevice>> after = firstUnits(hosts.get(h), vm);
                if (after.isPresent()) {
                    hosts.set(h, after.get());
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }

    static int plugin(StormInstance instance) {
        return place(instance, instance.vms(), (hosts, vm) -> 0);
    }

    static int rankedHosts(StormInstance instance) {
        return place(instance, instance.vms(), StormPolicies::hostRank);
    }

    static int rankedStorm(StormInstance instance) {
        Map<TagRef, Integer> supply = freeByTag(instance.hosts());
        List<List<UnitRequest>> ordered = new ArrayList<>(instance.vms());
        ordered.sort(Comparator.comparing((List<UnitRequest> vm) -> vm.stream()
                        .noneMatch(r -> r.numa() == NumaPolicy.REQUIRED))
                .thenComparingInt(vm -> vm.stream().mapToInt(r -> supply.getOrDefault(r.tag(), 0)).min().orElse(0))
                .thenComparing(Comparator.comparingInt((List<UnitRequest> vm) -> vm.stream()
                        .mapToInt(UnitRequest::count).sum()).reversed()));
        return place(instance, ordered, StormPolicies::hostRank);
    }

    static int optimum(StormInstance instance) {
        int vms = instance.vms().size();
        Map<Long, Boolean> feasible = new HashMap<>();
        return best(instance, 0, (1 << vms) - 1, feasible);
    }

    private interface HostOrder {
        /** Lower first; ties keep CloudStack's order. */
        double rank(Map<Integer, List<AllocatableDevice>> freeOfOthers, HostCandidate candidate);
    }

    private record HostCandidate(int index, List<AllocatableDevice> devices, List<UnitRequest> vm) {
    }

    private static int place(StormInstance instance, List<List<UnitRequest>> vms, HostOrder order) {
        List<List<AllocatableDevice>> hosts = new ArrayList<>(instance.hosts());
        int placed = 0;
        for (List<UnitRequest> vm : vms) {
            List<DeviceRequest> requests = vm.stream().map(r -> DeviceRequest.builder(r.tag()).count(r.count())
                    .numa(r.numa()).build()).toList();
            Map<Integer, List<AllocatableDevice>> all = new HashMap<>();
            List<HostCandidate> fitting = new ArrayList<>();
            for (int h = 0; h < hosts.size(); h++) {
                all.put(h, hosts.get(h));
                if (DeviceFitCheck.check(freePools(h, hosts.get(h)), requests).fits()) {
                    fitting.add(new HostCandidate(h, hosts.get(h), vm));
                }
            }
            ToDoubleFunction<HostCandidate> rank = candidate -> order.rank(all, candidate);
            fitting.sort(Comparator.comparingDouble(rank).thenComparingInt(HostCandidate::index));
            for (HostCandidate candidate : fitting) {
                UnitPicker.Picks picks = UnitPicker.pick(candidate.devices(), vm);
                if (picks.granted()) {
                    hosts.set(candidate.index(), taken(candidate.devices(), picks.units()));
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }

    private static HostDevices freePools(int host, List<AllocatableDevice> devices) {
        return FreeUnitCounter.count(devices, devices.stream().map(AllocatableDevice::tag)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())).stream().findFirst().orElse(new HostDevices(host, List.of()));
    }

    /**
     * Hosts holding free units of tags the VM does not ask for come last, weighted by how much of the cluster's
     * supply of such a tag they hold; then the tightest fit: the fewest free units of the requested tags.
     */
    private static double hostRank(Map<Integer, List<AllocatableDevice>> hosts, HostCandidate candidate) {
        Map<TagRef, Integer> supply = freeByTag(List.copyOf(hosts.values()));
        Set<TagRef> requested = new HashSet<>();
        candidate.vm().forEach(r -> requested.add(r.tag()));
        double otherScarce = 0;
        int requestedFree = 0;
        for (DevicePool pool : freePools(candidate.index(), candidate.devices()).pools()) {
            if (requested.contains(pool.tag())) {
                requestedFree += pool.freeUnits();
            } else if (!StormInstance.VGPU_TAGS.contains(pool.tag())) {
                otherScarce += (double) pool.freeUnits() / supply.get(pool.tag());
            }
        }
        return otherScarce * 1000 + requestedFree;
    }

    private static Map<TagRef, Integer> freeByTag(List<List<AllocatableDevice>> hosts) {
        Map<TagRef, Integer> free = new HashMap<>();
        for (int h = 0; h < hosts.size(); h++) {
            freePools(h, hosts.get(h)).pools().forEach(pool -> free.merge(pool.tag(), pool.freeUnits(), Integer::sum));
        }
        return free;
    }

    private static List<AllocatableDevice> taken(List<AllocatableDevice> devices, List<UnitPicker.PickedUnit> picks) {
        List<AllocatableDevice> after = new ArrayList<>();
        for (AllocatableDevice device : devices) {
            Set<Integer> slots = new HashSet<>(device.takenSlots());
            picks.stream().filter(p -> p.pool().deviceId() == device.deviceId()).forEach(p -> slots.add(p.slot()));
            after.add(withSlots(device, slots));
        }
        return after;
    }

    private static AllocatableDevice withSlots(AllocatableDevice d, Set<Integer> slots) {
        return new AllocatableDevice(d.deviceId(), d.hostId(), d.address(), d.tag(), d.backing(), d.parentAddress(),
                d.type(), d.numaNode(), d.capacity(), d.allocatable(), slots);
    }

    /**
     * The naive way: requests in the order given, each from the first devices (by id) with free units; a
     * NUMA-bound request from the lowest node that holds it. Hard rules kept: one vGPU type per GPU.
     */
    private static Optional<List<AllocatableDevice>> firstUnits(List<AllocatableDevice> devices,
            List<UnitRequest> vm) {
        UnitLedger ledger = new UnitLedger(devices);
        List<UnitPicker.PickedUnit> picks = new ArrayList<>();
        for (UnitRequest request : vm) {
            List<AllocatableDevice> withTag = devices.stream()
                    .filter(d -> request.tag().equals(d.tag()) && ledger.free(d) > 0).toList();
            List<AllocatableDevice> candidates = withTag;
            if (request.numa() == NumaPolicy.REQUIRED) {
                Optional<Integer> node = withTag.stream().map(AllocatableDevice::numaNode).distinct().sorted()
                        .filter(n -> withTag.stream().filter(d -> Objects.equals(d.numaNode(), n))
                                .mapToInt(ledger::free).sum() >= request.count())
                        .findFirst();
                if (node.isEmpty()) {
                    return Optional.empty();
                }
                candidates = withTag.stream().filter(d -> Objects.equals(d.numaNode(), node.get())).toList();
            }
            int needed = request.count();
            for (AllocatableDevice device : candidates) {
                while (needed > 0 && ledger.free(device) > 0) {
                    picks.add(new UnitPicker.PickedUnit(device, ledger.take(device), request));
                    needed--;
                }
            }
            if (needed > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(taken(devices, picks));
    }

    /** The most VMs of {@code remaining} that hosts {@code host..} can take together. */
    private static int best(StormInstance instance, int host, int remaining, Map<Long, Boolean> feasible) {
        if (host == instance.hosts().size() || remaining == 0) {
            return 0;
        }
        int most = 0;
        for (int subset = remaining; ; subset = (subset - 1) & remaining) {
            int chosen = subset;
            long key = ((long) host << 32) | chosen;
            int count = Integer.bitCount(chosen);
            if (count + Integer.bitCount(remaining & ~chosen) > most
                    && feasible.computeIfAbsent(key, k -> fitsTogether(instance, host, chosen))) {
                most = Math.max(most, count + best(instance, host + 1, remaining & ~subset, feasible));
            }
            if (subset == 0) {
                return most;
            }
        }
    }

    /** Whether some choice of units on the host serves every request of the VMs in {@code subset}. */
    private static boolean fitsTogether(StormInstance instance, int host, int subset) {
        List<UnitRequest> requests = new ArrayList<>();
        for (int v = 0; v < instance.vms().size(); v++) {
            if ((subset & (1 << v)) != 0) {
                requests.addAll(instance.vms().get(v));
            }
        }
        return ExactUnits.fit(instance.hosts().get(host), requests);
    }
}
