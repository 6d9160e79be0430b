package dev.deviceha.cloudstack.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.agent.AgentManager;
import com.cloud.dc.DataCenterVO;
import com.cloud.dc.dao.DataCenterDao;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.hypervisor.Hypervisor.HypervisorType;
import com.cloud.resource.ResourceManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which hosts the periodic rescan polls. CloudStack's host listing is a fake that filters the hosts below by zone and
 * hypervisor as CloudStack does, so asking for the wrong hypervisor or zone shows in the result.
 */
class KvmHostRescanTest {
    private record FakeHost(long id, long zoneId, HypervisorType hypervisor, Host.Type type) {
    }

    private final List<FakeHost> upAndEnabled = new ArrayList<>();
    private final List<DataCenterVO> zones = new ArrayList<>();
    private Set<Long> attachedHere = Set.of();
    private final KvmHostRescan rescan = new KvmHostRescan();

    @BeforeEach
    void setUp() {
        DataCenterDao zoneDao = mock(DataCenterDao.class);
        when(zoneDao.listAll()).thenReturn(zones);
        ResourceManager resources = mock(ResourceManager.class);
        when(resources.listAllUpAndEnabledHostsInOneZoneByHypervisor(any(), anyLong())).thenAnswer(call ->
                upAndEnabled.stream()
                        .filter(h -> h.hypervisor().equals(call.getArgument(0))
                                && h.zoneId() == (long) call.getArgument(1))
                        .map(KvmHostRescanTest::hostVo).toList());
        AgentManager agents = mock(AgentManager.class);
        when(agents.isAgentAttached(anyLong())).thenAnswer(call -> attachedHere.contains(call.<Long>getArgument(0)));
        rescan.setDataCenterDao(zoneDao);
        rescan.setResourceManager(resources);
        rescan.setAgentManager(agents);
    }

    @Test
    void hostsToScan_everyAttachedKvmHostInEveryZone_includingHostsWithoutDevicesYet() {
        zone(1);
        zone(2);
        upAndEnabled.add(new FakeHost(10, 1, HypervisorType.KVM, Host.Type.Routing));
        upAndEnabled.add(new FakeHost(20, 2, HypervisorType.KVM, Host.Type.Routing));
        attachedHere = Set.of(10L, 20L);

        assertThat(rescan.hostsToScan()).containsExactly(10L, 20L);
    }

    @Test
    void hostsToScan_hostsOfOtherHypervisors_areNeverPolled() {
        zone(1);
        upAndEnabled.add(new FakeHost(10, 1, HypervisorType.KVM, Host.Type.Routing));
        upAndEnabled.add(new FakeHost(11, 1, HypervisorType.VMware, Host.Type.Routing));
        upAndEnabled.add(new FakeHost(12, 1, HypervisorType.XenServer, Host.Type.Routing));
        attachedHere = Set.of(10L, 11L, 12L);

        assertThat(rescan.hostsToScan()).containsExactly(10L);
    }

    @Test
    void hostsToScan_hostsWhoseAgentsAnotherManagementServerHolds_areLeftToIt() {
        zone(1);
        upAndEnabled.add(new FakeHost(10, 1, HypervisorType.KVM, Host.Type.Routing));
        upAndEnabled.add(new FakeHost(11, 1, HypervisorType.KVM, Host.Type.Routing));
        attachedHere = Set.of(11L);

        assertThat(rescan.hostsToScan()).containsExactly(11L);
    }

    @Test
    void hostsToScan_kvmHostsThatAreNoRoutingHosts_areSkipped() {
        zone(1);
        upAndEnabled.add(new FakeHost(10, 1, HypervisorType.KVM, Host.Type.Routing));
        upAndEnabled.add(new FakeHost(11, 1, HypervisorType.KVM, Host.Type.SecondaryStorageVM));
        attachedHere = Set.of(10L, 11L);

        assertThat(rescan.hostsToScan()).containsExactly(10L);
    }

    private void zone(long id) {
        DataCenterVO zone = mock(DataCenterVO.class);
        when(zone.getId()).thenReturn(id);
        zones.add(zone);
    }

    private static HostVO hostVo(FakeHost fake) {
        HostVO host = mock(HostVO.class);
        when(host.getId()).thenReturn(fake.id());
        when(host.getType()).thenReturn(fake.type());
        return host;
    }
}
