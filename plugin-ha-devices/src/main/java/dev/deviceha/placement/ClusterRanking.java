package dev.deviceha.placement;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HA planning over clusters: clusters where some host can take all of the VM's devices, ordered by how many
 * matching devices their fitting hosts have free (most first, so a restart storm spreads over the clusters with
 * the most headroom), ties kept in the order given (the capacity order of CloudStack's planner); and the clusters
 * where no host can, with every host's shortfall, to name in the failure reason.
 */
public record ClusterRanking(List<Long> orderedClusterIds, List<Long> clustersWithoutDevices, List<HostFit> shortHosts) {
    public ClusterRanking {
        orderedClusterIds = List.copyOf(orderedClusterIds);
        clustersWithoutDevices = List.copyOf(clustersWithoutDevices);
        shortHosts = List.copyOf(shortHosts);
    }

    public static ClusterRanking of(List<ClusterDevices> clusters, List<DeviceRequest> requests) {
        Set<TagRef> requested = requests.stream().map(DeviceRequest::tag).collect(Collectors.toSet());
        List<ScoredCluster> withDevices = new ArrayList<>();
        List<Long> withoutDevices = new ArrayList<>();
        List<HostFit> shortHosts = new ArrayList<>();
        for (ClusterDevices cluster : clusters) {
            HostScreening screening = HostScreening.of(cluster.hosts(), requests);
            shortHosts.addAll(screening.excluded());
            if (screening.fittingHostIds().isEmpty()) {
                withoutDevices.add(cluster.clusterId());
            } else {
                withDevices.add(new ScoredCluster(cluster.clusterId(),
                        freeMatchingUnits(cluster, screening.fittingHostIds(), requested)));
            }
        }
        withDevices.sort(Comparator.comparingInt(ScoredCluster::freeMatchingUnits).reversed());
        return new ClusterRanking(withDevices.stream().map(ScoredCluster::clusterId).toList(), withoutDevices,
                shortHosts);
    }

    public boolean noClusterHasDevices() {
        return orderedClusterIds.isEmpty();
    }

    private static int freeMatchingUnits(ClusterDevices cluster, List<Long> fittingHostIds, Set<TagRef> requested) {
        return cluster.hosts().stream()
                .filter(host -> fittingHostIds.contains(host.hostId()))
                .flatMap(host -> host.pools().stream())
                .filter(pool -> requested.contains(pool.tag()))
                .mapToInt(DevicePool::freeUnits)
                .sum();
    }

    private record ScoredCluster(long clusterId, int freeMatchingUnits) {
    }
}
