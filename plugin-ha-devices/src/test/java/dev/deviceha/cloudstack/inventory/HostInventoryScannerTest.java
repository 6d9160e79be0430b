package dev.deviceha.cloudstack.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.alert.AlertManager;
import com.cloud.dc.ClusterVO;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.command.ReportDevicesAnswer;
import dev.deviceha.command.ReportDevicesCommand;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.InventorySyncResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.cloudstack.alert.AlertService.AlertType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scan path through a mocked agent and the real inventory on MariaDB. */
@ExtendWith(MariaDbExtension.class)
class HostInventoryScannerTest {
    private static final long HOST = 12;
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final HostDevice VF0 = TestInventory.vf("0000:3b:02.0", 0);
    private static final HostDevice VF1 = TestInventory.vf("0000:3b:02.1", 0);

    private final AgentManager agents = mock(AgentManager.class);
    private final AlertManager alertManager = mock(AlertManager.class);
    private final AtomicReference<Set<String>> managedGpus = new AtomicReference<>(Set.of());
    private final AtomicReference<List<HostDevice>> reported = new AtomicReference<>(List.of());
    private final ClusterDao clusters = mock(ClusterDao.class);
    private final HostInventoryScanner scanner = new HostInventoryScanner();
    private TestDatabase db;

    @BeforeEach
    void setUp(TestDatabase db) throws Exception {
        this.db = db.migrated();
        var ds = db.dataSource();
        HostDao hosts = mock(HostDao.class);
        HostVO host = mock(HostVO.class);
        when(host.getId()).thenReturn(HOST);
        when(host.getName()).thenReturn("kvm-a");
        when(host.getType()).thenReturn(Host.Type.Routing);
        when(host.getClusterId()).thenReturn(7L);
        when(host.getDataCenterId()).thenReturn(1L);
        when(host.getUuid()).thenReturn("6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b10");
        when(hosts.findById(HOST)).thenReturn(host);
        ClusterVO cluster = mock(ClusterVO.class);
        when(cluster.getUuid()).thenReturn("c1a55e00-0000-4000-8000-000000000007");
        when(clusters.findById(7L)).thenReturn(cluster);
        when(agents.send(eq(HOST), any(ReportDevicesCommand.class))).thenAnswer(call -> new ReportDevicesAnswer(
                call.getArgument(1), new DiscoveryReport(reported.get(), List.of())));
        DeviceHaAlerts alerts = new DeviceHaAlerts();
        alerts.setAlertManager(alertManager);
        scanner.setAgentManager(agents);
        scanner.setHostDao(hosts);
        scanner.setClusterDao(clusters);
        scanner.setManagedGpus(hostId -> hostId == HOST ? managedGpus.get() : Set.of());
        scanner.setAlerts(alerts);
        scanner.setInventorySync(new InventorySync(new InventoryApplier(ds), new InventoryRepository(ds),
                new InventoryEntries(ds), new DeviceTagRepository(ds), new TagRuleRepository(ds)));
    }

    @Test
    void rediscover_aDeviceOfARunningVmVanishes_goesMissingAndRaisesAnAlert() {
        reported.set(List.of(VF0, VF1));
        scanner.rediscover(HOST);
        new TestInventory(db.dataSource()).tagAll(new dev.deviceha.inventory.HostRef(HOST, 7L, 1L), NET,
                List.of(VF0, VF1));
        new AllocationRepository(db.dataSource()).allocate(HOST, new VmRef(42, "i-2-42-VM"),
                List.of(new UnitRequest(NET, 2, NumaPolicy.NONE)));
        reported.set(List.of(VF0));

        InventorySyncResult result = scanner.rediscover(HOST);

        assertThat(result.missing()).isEqualTo(1);
        verify(alertManager).sendAlert(eq(AlertType.ALERT_TYPE_HOST), eq(1L), any(),
                eq("Device HA: host kvm-a no longer reports device 0000:3b:02.1 of VM i-2-42-VM"), any());
    }

    @Test
    void rediscover_aGpuCloudStackManages_isMarkedAndNeverTagged() {
        HostDevice pool = TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 4, 0);
        reported.set(List.of(pool));
        managedGpus.set(Set.of("AF:00.0"));

        scanner.rediscover(HOST);

        var entry = new InventoryEntries(db.dataSource()).ofHost(HOST).stream()
                .filter(e -> e.stored().address().equals(pool.address())).findFirst().orElseThrow();
        assertThat(entry.stored().cloudstackManaged()).isTrue();
        assertThat(entry.stored().tag()).isNull();
    }

    @Test
    void rediscover_anAgentWithoutTheExtension_failsForThatHostOnly() throws Exception {
        when(agents.send(anyLong(), any(Command.class))).thenAnswer(call ->
                new Answer(call.getArgument(1), false, "Unsupported command issued"));

        assertThatThrownBy(() -> scanner.rediscover(HOST)).isInstanceOf(HostScanException.class)
                .hasMessageContaining("kvm-a did not report its devices: Unsupported command");
    }

    /** What CloudStack's transport makes of an agent's bytes whose report holds a device without a backing. */
    @Test
    void rediscover_aReportTheModelRefuses_failsNamingTheHostAndStoresNothing() throws Exception {
        JsonObject hostile = new JsonObject();
        hostile.addProperty("result", true);
        hostile.addProperty("report", "{\"devices\":[{\"kind\":\"SRIOV_VF\",\"address\":\"0000:3b:02.1\"}]}");
        when(agents.send(eq(HOST), any(ReportDevicesCommand.class)))
                .thenReturn(new Gson().fromJson(hostile, ReportDevicesAnswer.class));
        long devicesBefore = db.queryLong("SELECT COUNT(*) FROM dha_host_device");

        assertThatThrownBy(() -> scanner.rediscover(HOST)).isInstanceOf(HostScanException.class)
                .hasMessageContaining("kvm-a sent an invalid device report").hasMessageContaining("backing");
        assertThat(db.queryLong("SELECT COUNT(*) FROM dha_host_device")).isEqualTo(devicesBefore);
    }

    @Test
    void rediscover_aHostWhoseClusterWasDeleted_failsNamingTheClusterAndStoresNothing() throws Exception {
        reported.set(List.of(VF0));
        when(clusters.findById(7L)).thenReturn(null);
        long devicesBefore = db.queryLong("SELECT COUNT(*) FROM dha_host_device");

        assertThatThrownBy(() -> scanner.rediscover(HOST)).isInstanceOf(HostScanException.class)
                .hasMessage("the cluster of host kvm-a no longer exists");
        assertThat(db.queryLong("SELECT COUNT(*) FROM dha_host_device")).isEqualTo(devicesBefore);
    }

    @Test
    void canonical_cloudStackBusAddresses_becomeThePluginsPciKeys() {
        assertThat(HostInventoryScanner.canonical("AF:00.0")).isEqualTo("0000:af:00.0");
        assertThat(HostInventoryScanner.canonical(" 0000:3B:02.1 ")).isEqualTo("0000:3b:02.1");
        assertThat(HostInventoryScanner.canonical("not-a-pci-address")).isEqualTo("not-a-pci-address");
    }
}
