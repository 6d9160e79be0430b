package dev.deviceha.cloudstack.placement;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.resource.ResourceManager;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.scale.SyntheticZone;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.DeviceIdentities;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.VmDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * The plugin's two placement beans, {@link DeviceAwareHostAllocator} and {@link DeviceAwareHaPlanner}, wired as the
 * Spring module wires them over a database holding a {@link SyntheticZone}. The VMs' {@code deviceha.requests}
 * details come from {@code vmDetails}; CloudStack's host lookups and the VM profile are Mockito mocks, which add no
 * statement on the plugin's database.
 */
public final class ZonePlacement {
    private final DeviceAwareHostAllocator allocator = new DeviceAwareHostAllocator();
    private final DeviceAwareHaPlanner planner = new DeviceAwareHaPlanner();
    private final SyntheticZone zone;
    private final DeploymentPlan plan = mock(DeploymentPlan.class);
    private final Map<Long, List<HostVO>> hostsByCluster = new HashMap<>();
    private final Map<Long, VirtualMachineProfile> profiles = new HashMap<>();
    private final Set<Long> down = ConcurrentHashMap.newKeySet();

    public ZonePlacement(DataSource dataSource, SyntheticZone zone, LongFunction<Optional<String>> vmDetails) {
        this.zone = zone;
        DeviceScreening screening = new DeviceScreening();
        screening.setRequestSource(new DeclaredDeviceRequests(SyntheticZone.vmDetails(vmDetails),
                new DeviceRequestRepository(dataSource)));
        AllocationRepository allocations = new AllocationRepository(dataSource);
        screening.setFreeDevices(new InventoryFreeDevices(allocations));
        VmDirectory noVmLookups = vmId -> {
            throw new UnsupportedOperationException("placement never looks VMs up");
        };
        screening.setAllocations(new DeviceAllocations(allocations,
                new DeviceIdentities(new DeviceIdentityRepository(dataSource), () -> MacPrefix.parse("02:dc")),
                noVmLookups, new DeviceRequestRepository(dataSource)));
        ResourceManager resources = mock(ResourceManager.class);
        when(resources.listAllUpAndEnabledHosts(eq(Host.Type.Routing), anyLong(), isNull(),
                eq(SyntheticZone.ZONE_ID))).thenAnswer(call -> upHosts(call.getArgument(1)));
        screening.setResourceManager(resources);
        HaRestartWatch watch = new HaRestartWatch();
        allocator.setScreening(screening);
        allocator.setHaRestarts(watch);
        // The zone's clusters keep no failover headroom (deviceha.failover.hosts 0); FailoverAdmissionBenchmark
        // measures admission.
        allocator.setFailoverAdmission(ScreeningFixture.failoverOff());
        planner.setScreening(screening);
        planner.setHaRestarts(watch);
        when(plan.getDataCenterId()).thenReturn(SyntheticZone.ZONE_ID);
    }

    /**
     * One call of the host allocator over the Up hosts of a cluster, as CloudStack's planner makes it for a stopped
     * VM (the HA restart after the HA stop): the hosts it put into the ExcludeList.
     */
    public Set<Long> screenCluster(long vmId, long clusterId) {
        ExcludeList avoid = new ExcludeList();
        allocator.allocateTo(profile(vmId), plan, Host.Type.Routing, avoid, upHosts(clusterId), -1, true);
        return avoid.getHostsToAvoid() == null ? Set.of() : avoid.getHostsToAvoid();
    }

    /** One call of the HA planner's ordering over the clusters FirstFitPlanner gave. */
    public List<Long> orderClusters(long vmId, List<Long> clusterIds) throws InsufficientServerCapacityException {
        return planner.byFreeDevices(profile(vmId), plan, new ExcludeList(), clusterIds);
    }

    public SyntheticZone zone() {
        return zone;
    }

    /** From now on the host is not Up: CloudStack lists it no more. */
    public void hostDown(long hostId) {
        down.add(hostId);
    }

    public void hostUp(long hostId) {
        down.remove(hostId);
    }

    /** The cluster's Up and Enabled hosts; mocks made on first use (the zone's other clusters are not asked). */
    public synchronized List<HostVO> upHosts(long clusterId) {
        return hostsByCluster.computeIfAbsent(clusterId,
                id -> zone.hostsOfCluster(id).stream().map(ZonePlacement::hostVo).toList()).stream()
                .filter(host -> !down.contains(host.getId())).toList();
    }

    private synchronized VirtualMachineProfile profile(long vmId) {
        return profiles.computeIfAbsent(vmId, id -> {
            VirtualMachine vm = mock(VirtualMachine.class);
            when(vm.getState()).thenReturn(VirtualMachine.State.Stopped);
            VirtualMachineProfile profile = mock(VirtualMachineProfile.class);
            when(profile.getId()).thenReturn(id);
            when(profile.getVirtualMachine()).thenReturn(vm);
            return profile;
        });
    }

    private static HostVO hostVo(long id) {
        HostVO host = mock(HostVO.class);
        when(host.getId()).thenReturn(id);
        return host;
    }
}
