package dev.deviceha.drill.cloudstack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.notice.Notice;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.ClusterDevices;
import dev.deviceha.placement.ClusterRanking;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.placement.HostDevices;
import dev.deviceha.placement.HostFit;
import dev.deviceha.placement.HostScreening;
import dev.deviceha.placement.MissingDevices;

/**
 * Stands in for DeploymentPlanningManagerImpl.planDeployment with the plugin's placement beans in place:
 * clusters in FirstFitPlanner's order (the scenario's, as every synthetic host has the same CPU and RAM), or in the
 * order of DeviceAwareHaPlanner when an HA restart falls back to the HA planner; per cluster, the host allocators
 * of {@code host.allocators.order}: DeviceAwareHostAllocator puts the hosts without the VM's free devices into the
 * ExcludeList, and on a normal start the ones its failover admission avoids; then FirstFitRouting takes the first
 * host left. The two plugin beans are shells over
 * {@link HostScreening} and {@link ClusterRanking}, which this calls.
 */
public final class DeploymentPlanner {
    private final List<SimulatedHost> hosts;
    private final DeviceRequestSource requestSource;
    private final FreeDeviceSource freeDevices;
    private final FailoverAdmission failoverAdmission;

    public DeploymentPlanner(List<SimulatedHost> hosts, DeviceRequestSource requestSource,
            FreeDeviceSource freeDevices, FailoverService failover, LongFunction<String> clusterName,
            Consumer<Notice> alerts) {
        this.hosts = List.copyOf(hosts);
        this.requestSource = requestSource;
        this.freeDevices = freeDevices;
        this.failoverAdmission = new FailoverAdmission(failover, this::hostName, clusterName, alerts);
    }

    /** A normal start: the VM's own planner (FirstFitPlanner) and the host allocators, failover admission included. */
    public SimulatedHost plan(VmRecord vm, Set<Long> avoid) throws InsufficientCapacityException {
        return planIn(vm, clusterIdsInOrder(), avoid, true);
    }

    /** An HA restart's first pass: the same, but an HA restart is never judged by failover admission. */
    public SimulatedHost planHaRestart(VmRecord vm, Set<Long> avoid) throws InsufficientCapacityException {
        return planIn(vm, clusterIdsInOrder(), avoid, false);
    }

    /**
     * DeviceAwareHaPlanner, the HA worker's fallback: only clusters where a host has the VM's devices free, most free
     * devices first; none means the restart fails naming the missing {@code KIND/tag}.
     */
    public SimulatedHost planWithHaPlanner(VmRecord vm, Set<Long> avoid) throws InsufficientCapacityException {
        List<DeviceRequest> requests = requestSource.requestsOf(vm.id());
        if (requests.isEmpty()) {
            return planHaRestart(vm, avoid);
        }
        List<ClusterDevices> clusters = clusterIdsInOrder().stream()
                .map(clusterId -> new ClusterDevices(clusterId, free(candidates(clusterId, avoid), requests)))
                .toList();
        ClusterRanking ranking = ClusterRanking.of(clusters, requests);
        if (ranking.noClusterHasDevices()) {
            throw new InsufficientCapacityException(MissingDevices.describe(ranking.shortHosts()));
        }
        return planIn(vm, ranking.orderedClusterIds(), avoid, false);
    }

    private SimulatedHost planIn(VmRecord vm, List<Long> clusterIds, Set<Long> avoid, boolean admission)
            throws InsufficientCapacityException {
        List<DeviceRequest> requests = requestSource.requestsOf(vm.id());
        List<HostFit> shortHosts = new ArrayList<>();
        for (long clusterId : clusterIds) {
            List<Long> candidates = candidates(clusterId, avoid);
            Set<Long> excluded = new LinkedHashSet<>();
            if (!requests.isEmpty() && !candidates.isEmpty()) {
                HostScreening screening = HostScreening.of(free(candidates, requests), requests);
                shortHosts.addAll(screening.excluded());
                excluded.addAll(screening.excludedHostIds());
                if (admission) {
                    List<Long> admitted = failoverAdmission.screen(vm, clusterId, screening.fittingHostIds(),
                            requests);
                    screening.fittingHostIds().stream().filter(id -> !admitted.contains(id)).forEach(excluded::add);
                }
            }
            Optional<Long> firstFit = candidates.stream().filter(id -> !excluded.contains(id)).findFirst();
            if (firstFit.isPresent()) {
                return host(firstFit.get());
            }
        }
        throw new InsufficientCapacityException(shortHosts.isEmpty()
                ? "no host is up to take the VM" : MissingDevices.describe(shortHosts));
    }

    private List<HostDevices> free(List<Long> hostIds, List<DeviceRequest> requests) {
        return freeDevices.freeOn(hostIds, requests.stream().map(DeviceRequest::tag).collect(Collectors.toSet()));
    }

    private List<Long> candidates(long clusterId, Set<Long> avoid) {
        return hosts.stream()
                .filter(host -> host.clusterId() == clusterId && host.isUp() && !avoid.contains(host.id()))
                .map(SimulatedHost::id)
                .toList();
    }

    private List<Long> clusterIdsInOrder() {
        return hosts.stream().map(SimulatedHost::clusterId).distinct().toList();
    }

    /** The hosts failover admission steered the VM's starts away from, by name. */
    public List<String> avoidedForFailover(VmRecord vm) {
        return failoverAdmission.avoidedFor(vm);
    }

    private String hostName(long id) {
        return host(id).name();
    }

    private SimulatedHost host(long id) {
        return hosts.stream().filter(host -> host.id() == id).findFirst().orElseThrow();
    }
}
