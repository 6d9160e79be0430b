package dev.deviceha.cloudstack.placement;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.host.Host;
import com.cloud.host.dao.HostDao;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DeviceScreening over a fixed inventory: free pools per host, requests per VM, hosts per cluster (the only
 * CloudStack part, HostDao, is a Mockito mock).
 */
final class ScreeningFixture {
    final HostDao hostDao = mock(HostDao.class);
    final DeviceScreening screening = new DeviceScreening();
    private final Map<Long, List<DevicePool>> poolsByHost = new HashMap<>();
    private final Map<Long, List<DeviceRequest>> requestsByVm = new HashMap<>();

    ScreeningFixture() {
        screening.setHostDao(hostDao);
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

    ScreeningFixture cluster(long clusterId, Long... hostIds) {
        when(hostDao.listIdsByClusterId(clusterId)).thenReturn(List.of(hostIds));
        return this;
    }

    static Host host(long id) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        return host;
    }
}
