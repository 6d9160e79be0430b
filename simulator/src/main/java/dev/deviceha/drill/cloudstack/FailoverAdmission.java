package dev.deviceha.drill.cloudstack;

import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.failover.FailoverGate;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.StartingVm;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.notice.Notice;
import dev.deviceha.notice.Notices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Stands in for the plugin's FailoverAdmissionStep, which DeviceAwareHostAllocator calls on a normal start: the
 * plugin's {@link FailoverGate} decides; the hosts it names are avoided, its refusal under {@code enforce} fails the
 * start (in CloudStack an exception out of the allocator aborts it), and the loss it reports under {@code warn} is
 * raised as the plugin's alert.
 */
final class FailoverAdmission {
    private final FailoverService failover;
    private final LongFunction<String> hostName;
    private final LongFunction<String> clusterName;
    private final Consumer<Notice> alerts;
    private final Map<Long, Set<String>> avoided = new HashMap<>();

    FailoverAdmission(FailoverService failover, LongFunction<String> hostName, LongFunction<String> clusterName,
            Consumer<Notice> alerts) {
        this.failover = failover;
        this.hostName = hostName;
        this.clusterName = clusterName;
        this.alerts = alerts;
    }

    /** @return the fitting hosts the start may use */
    List<Long> screen(VmRecord vm, long clusterId, List<Long> fitting, List<DeviceRequest> requests)
            throws InsufficientCapacityException {
        if (fitting.isEmpty()) {
            return fitting;
        }
        StartingVm starting = new StartingVm(vm.id(), vm.name(), vm.haEnabled(),
                requests.stream().map(r -> new UnitRequest(r.tag(), r.count(), r.numa())).toList());
        FailoverGate.Verdict verdict = new FailoverGate(failover).screen(clusterId, clusterName, starting,
                fitting, hostName);
        if (verdict.refusal() != null) {
            throw new InsufficientCapacityException(verdict.refusal());
        }
        if (verdict.lost() != null) {
            alerts.accept(Notices.failoverLost(0, clusterName.apply(clusterId), verdict.lost().policy(),
                    verdict.lost().stranding(), hostName, verdict.cause()));
        }
        verdict.avoid().forEach(id -> avoided.computeIfAbsent(vm.id(), v -> new TreeSet<>()).add(hostName.apply(id)));
        return fitting.stream().filter(id -> !verdict.avoid().contains(id)).toList();
    }

    /** The hosts the VM's starts were steered away from to keep the failover capacity, by name. */
    List<String> avoidedFor(VmRecord vm) {
        return List.copyOf(avoided.getOrDefault(vm.id(), Set.of()));
    }
}
