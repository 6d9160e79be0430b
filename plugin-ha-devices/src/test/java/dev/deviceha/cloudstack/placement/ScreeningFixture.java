package dev.deviceha.cloudstack.placement;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.resource.ResourceManager;
import java.util.Arrays;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.cloudstack.failover.FailoverAdmissionStep;
import dev.deviceha.cloudstack.failover.FailoverAlerter;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.FixedClusterFacts;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A DeviceScreening over a fixed inventory: free pools per host, requests per VM, the Up and Enabled hosts per
 * cluster (the only CloudStack part, ResourceManager, is a Mockito mock).
 */
final class ScreeningFixture {
    /** The zone every cluster of the fixture is in; plans must name it. */
    static final long ZONE = 1;

    final ResourceManager resources = mock(ResourceManager.class);
    final DeviceScreening screening = new DeviceScreening();
    private final Map<Long, List<DevicePool>> poolsByHost = new HashMap<>();
    private final Map<Long, List<DeviceRequest>> requestsByVm = new HashMap<>();
    private final Map<Long, Map<TagRef, Long>> holdingsByVm = new HashMap<>();

    ScreeningFixture() {
        screening.setResourceManager(resources);
        screening.setAllocations(new DeviceAllocationPort() {
            @Override
            public Map<TagRef, Long> holdings(long vmId) {
                return holdingsByVm.getOrDefault(vmId, Map.of());
            }

            @Override
            public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
                throw new UnsupportedOperationException("placement never allocates");
            }

            @Override
            public int release(long vmId, long hostId) {
                throw new UnsupportedOperationException("placement never releases");
            }

            @Override
            public boolean releaseAll(long vmId) {
                throw new UnsupportedOperationException("placement never releases");
            }
        });
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

    ScreeningFixture vmHolds(long vmId, TagRef tag, long units) {
        holdingsByVm.put(vmId, Map.of(tag, units));
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
        when(resources.listAllUpAndEnabledHosts(eq(Host.Type.Routing), eq(clusterId), isNull(), eq(ZONE)))
                .thenReturn(hosts);
        return this;
    }

    /**
     * The failover admission of a cluster whose deviceha.failover.hosts is 0: it never narrows the choice, and never
     * reads the database (whose every use here fails the test).
     */
    static FailoverAdmissionStep failoverOff() {
        DataSource noDatabase = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new AssertionError("failover admission with the policy off read the database");
                });
        FailoverAdmissionStep step = new FailoverAdmissionStep();
        step.setFailover(new FailoverService(new AllocationRepository(noDatabase), new FixedClusterFacts(),
                noDatabase));
        step.setAlerter(new FailoverAlerter());
        step.setSubjects(new NoticeSubjects());
        return step;
    }

    static Host host(long id) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        return host;
    }
}
