package dev.deviceha.failover;

import dev.deviceha.allocation.AllocatableDevice;
import dev.deviceha.allocation.UnitLedger;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.TagRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The headroom table of a cluster: per tag, units in use and free, and the failure set (of the policy's size, one
 * host when the policy is off) whose HA-enabled VMs hold units of the tag and leave the least headroom: what the
 * other hosts have free minus what those VMs hold. No failure set when no HA-enabled VM holds the tag. Counting per
 * tag shows where capacity is short; whether the VMs really fit together (NUMA, vGPU types) is the analysis's.
 */
public final class FailoverCapacity {
    private FailoverCapacity() {
    }

    public static List<TagCapacity> of(FailoverAnalysis analysis, boolean policyOn) {
        ClusterState state = analysis.state();
        Map<TagRef, Map<Long, Integer>> freeByHost = new TreeMap<>();
        Map<TagRef, Integer> used = new HashMap<>();
        Map<Long, List<AllocatableDevice>> byHost = state.devices().stream()
                .filter(d -> d.tag() != null && state.usableHostIds().contains(d.hostId()))
                .collect(Collectors.groupingBy(AllocatableDevice::hostId));
        byHost.forEach((hostId, devices) -> {
            UnitLedger ledger = new UnitLedger(devices);
            for (AllocatableDevice device : devices) {
                freeByHost.computeIfAbsent(device.tag(), t -> new HashMap<>()).merge(hostId, ledger.free(device),
                        Integer::sum);
                int taken = (int) device.takenSlots().stream().filter(slot -> slot < device.capacity()).count();
                used.merge(device.tag(), taken, Integer::sum);
            }
        });
        Set<TagRef> shortTags = new HashSet<>();
        analysis.strandings().forEach(s -> s.stranded().forEach(vm -> shortTags.addAll(vm.missingTags())));
        List<List<Long>> failureSets = analysis.strandings().stream().map(Stranding::failedHostIds).toList();
        List<TagCapacity> rows = new ArrayList<>();
        freeByHost.forEach((tag, free) -> {
            int totalFree = free.values().stream().mapToInt(Integer::intValue).sum();
            int inUse = used.getOrDefault(tag, 0);
            Worst worst = worst(state, tag, free, totalFree, failureSets);
            rows.add(new TagCapacity(state.clusterId(), tag, inUse + totalFree, inUse, totalFree, worst.needed(),
                    worst.hosts(), worst.headroom(), policyOn ? !shortTags.contains(tag) : null));
        });
        return rows;
    }

    private record Worst(List<Long> hosts, int needed, int headroom) {
    }

    private static Worst worst(ClusterState state, TagRef tag, Map<Long, Integer> free, int totalFree,
            List<List<Long>> failureSets) {
        Worst worst = new Worst(List.of(), 0, totalFree);
        for (List<Long> failed : failureSets) {
            int needed = state.haVms().stream().filter(vm -> failed.contains(vm.hostId()))
                    .flatMap(vm -> vm.demand().stream()).filter(r -> r.tag().equals(tag))
                    .mapToInt(UnitRequest::count).sum();
            int freeElsewhere = totalFree - failed.stream().mapToInt(h -> free.getOrDefault(h, 0)).sum();
            int headroom = freeElsewhere - needed;
            if (needed > 0 && (worst.hosts().isEmpty() || headroom < worst.headroom()
                    || headroom == worst.headroom() && needed > worst.needed())) {
                worst = new Worst(failed, needed, headroom);
            }
        }
        return worst;
    }
}
