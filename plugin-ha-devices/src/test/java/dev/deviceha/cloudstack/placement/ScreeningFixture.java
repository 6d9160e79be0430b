package dev.deviceha.cloudstack.placement;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.resource.ResourceManager;
import java.util.Arrays;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DeviceScreening over a fixed inventory: free pools per host, requests per VM, the Up and Enabled hosts per
 * cluster (the only CloudStack part, ResourceManager, is a Mockito mock).
 */
final class ScreeningFixture {
    final ResourceManager resources = mock(ResourceManager.class);
    final DeviceScreening screening = new DeviceScreening();
    private final Map<Long, List<DevicePool>> poolsByHost = new HashMap<>();
    private final Map<Long, List<DeviceRequest>> requestsByVm = new HashMap<>();

    ScreeningFixture() {
        screening.setResourceManager(resources);
        screening.setRequestSource(vmId -> requestsByVm.getOrDefault(vmId, List.of()));
        screening.setFreeDevices((hostIds, tags) -> hostIds.stream()
                .map(hostId -> new HostDevices(hostId, poolsByHost.getOrDefault(hostId, List.of()).stream()
                        .filter(pool -> tags.contains(pool.tag()))
                        .toList()))
                .toList());
    }

    ScreeningFixture vmRequests(long vmId, DeviceRequest... requests) {
        requestsByVm.put(vmId, List.of(requests));
        return this;
    }

    ScreeningFixture hostWithFree(long hostId, TagRef tag, int units) {
        poolsByHost.put(hostId, List.of(new DevicePool(tag, 0, units)));
        return this;
    }

    /** The cluster's Up and Enabled hosts; a host left out is down, disabled or in maintenance. */
    ScreeningFixture cluster(long clusterId, Long... usableHostIds) {
        List<HostVO> hosts = Arrays.stream(usableHostIds).map(id -> {
            HostVO host = mock(HostVO.class);
            when(host.getId()).thenReturn(id);
            return host;
        }).toList();
        when(resources.listAllUpAndEnabledHosts(eq(Host.Type.Routing), eq(clusterId), isNull(), anyLong()))
                .thenReturn(hosts);
        return this;
    }

    static Host host(long id) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        return host;
    }
}
