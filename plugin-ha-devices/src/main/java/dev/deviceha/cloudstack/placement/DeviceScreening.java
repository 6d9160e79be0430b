package dev.deviceha.cloudstack.placement;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.resource.ResourceManager;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.ClusterDevices;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.placement.HostDevices;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Looks up what placement needs for one VM: its device requests, and the free pools of candidate hosts (or of the
 * Up and Enabled hosts of candidate clusters: a dead host's devices are free once its VMs were stopped, but nothing
 * can start there). Shared by the host allocator and the HA planner so both judge hosts alike.
 */
public class DeviceScreening {
    private DeviceRequestSource requestSource;
    private FreeDeviceSource freeDevices;
    private ResourceManager resources;
    private DeviceAllocationPort allocations;

    @Inject
    public void setRequestSource(DeviceRequestSource requestSource) {
        this.requestSource = requestSource;
    }

    @Inject
    public void setFreeDevices(FreeDeviceSource freeDevices) {
        this.freeDevices = freeDevices;
    }

    @Inject
    public void setResourceManager(ResourceManager resources) {
        this.resources = resources;
    }

    @Inject
    public void setAllocations(DeviceAllocationPort allocations) {
        this.allocations = allocations;
    }

    /** Whether the VM holds devices now, on whatever host. */
    boolean holdsDevices(long vmId) {
        return !allocations.holdings(vmId).isEmpty();
    }

    List<DeviceRequest> requestsOf(long vmId) {
        return requestSource.requestsOf(vmId);
    }

    List<HostDevices> hosts(Collection<Long> hostIds, List<DeviceRequest> requests) {
        if (hostIds.isEmpty()) {
            return List.of();
        }
        return freeDevices.freeOn(hostIds,
                requests.stream().map(DeviceRequest::tag).collect(Collectors.toSet()));
    }

    List<Long> usableHostIdsInCluster(long clusterId, long zoneId) {
        return resources.listAllUpAndEnabledHosts(Host.Type.Routing, clusterId, null, zoneId).stream()
                .map(HostVO::getId)
                .toList();
    }

    List<ClusterDevices> clusters(List<Long> clusterIds, long zoneId, List<DeviceRequest> requests) {
        Map<Long, List<Long>> hostIdsByCluster = clusterIds.stream()
                .collect(Collectors.toMap(id -> id, id -> usableHostIdsInCluster(id, zoneId), (a, b) -> a));
        List<Long> allHostIds = hostIdsByCluster.values().stream().flatMap(List::stream).toList();
        Map<Long, HostDevices> devicesByHost = hosts(allHostIds, requests).stream()
                .collect(Collectors.toMap(HostDevices::hostId, host -> host, (a, b) -> a));
        return clusterIds.stream()
                .map(clusterId -> new ClusterDevices(clusterId, hostIdsByCluster.get(clusterId).stream()
                        .map(hostId -> devicesByHost.getOrDefault(hostId, new HostDevices(hostId, List.of())))
                        .toList()))
                .toList();
    }
}
