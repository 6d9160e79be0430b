package dev.deviceha.cloudstack.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.alert.AlertManager;
import com.cloud.dc.ClusterVO;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.allocation.AllocationOutcome;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.cloudstack.placement.DeviceAwareHostAllocator;
import dev.deviceha.cloudstack.placement.DeviceScreening;
import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.FixedClusterFacts;
import dev.deviceha.failover.StartingVm;
import dev.deviceha.failover.Stranding;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.embeddeddb.StatementCount;
import com.zaxxer.hikari.HikariDataSource;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.readiness.VmReadiness;
import dev.deviceha.service.InventoryFreeDevices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.cloudstack.alert.AlertService.AlertType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * The acceptance scenarios for failover capacity, on the real MariaDB with the plugin's repositories and
 * services and the real host allocator and admission step; CloudStack's collaborators (alerts, cluster and host
 * records, the VM being started) are Mockito mocks, its cluster membership a fixed port.
 */
@ExtendWith(MariaDbExtension.class)
class FailoverAcceptanceTest {
    private static final TagRef NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final long CLUSTER = 7;
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private final Map<Long, List<DeviceRequest>> requests = new HashMap<>();
    private final HostDao hostDao = mock(HostDao.class);
    private final ClusterDao clusterDao = mock(ClusterDao.class);
    private TestDatabase db;
    private AllocationRepository allocations;
    private FixedClusterFacts facts;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database.migrated();
        for (String table : List.of("dha_allocation", "dha_failover_state", "dha_inventory_conflict",
                "dha_host_device")) {
            db.execute("DELETE FROM " + table);
        }
        allocations = new AllocationRepository(db.dataSource());
        facts = new FixedClusterFacts().cluster(CLUSTER, A, B, C);
        for (long host : List.of(A, B, C)) {
            HostVO record = mock(HostVO.class);
            when(record.getName()).thenReturn("kvm-" + (char) ('a' + host - 1));
            when(hostDao.findById(host)).thenReturn(record);
        }
        ClusterVO cluster = mock(ClusterVO.class);
        when(cluster.getName()).thenReturn("rack-1");
        when(cluster.getDataCenterId()).thenReturn(1L);
        when(clusterDao.findById(CLUSTER)).thenReturn(cluster);
    }

    private void vfs(long host, int count) {
        List<HostDevice> devices = IntStream.range(0, count)
                .mapToObj(i -> TestInventory.vf(String.format("0000:3b:%02x.%d", 2 + i / 8, i % 8), 0)).toList();
        new TestInventory(db.dataSource()).report(new HostRef(host, CLUSTER, 1), NET, devices);
    }

    /** An HA-enabled VM running on the host with its VFs allocated there. */
    private void running(long vmId, String name, long host, int vfs) {
        AllocationOutcome outcome = allocations.allocate(host, new VmRef(vmId, "i-2-" + vmId + "-VM"),
                List.of(new UnitRequest(NET, vfs, NumaPolicy.NONE)));
        assertThat(outcome).isInstanceOf(AllocationOutcome.Granted.class);
        facts.haVm(CLUSTER, vmId, name);
    }

    private FailoverService failover(DataSource pool) {
        return new FailoverService(new AllocationRepository(pool), facts, pool);
    }

    @Test
    void twoVmsCountingOnTheSameLastFreeUnit_oneIsProtectedAndOneIsNot() {
        vfs(A, 2);
        vfs(C, 1);
        running(10, "trader-1", A, 1);
        running(11, "trader-2", A, 1);

        // today's per-VM readiness: each alone finds the free VF on C
        HaReadinessService readiness = new HaReadinessService(allocations, new InventoryFreeDevices(allocations),
                host -> host == A ? List.of(B, C) : List.of(), vmId -> List.of(DeviceRequest.of(NET, 1)));
        assertThat(readiness.checkAll()).extracting(VmReadiness::isProtected).containsExactly(true, true);

        Stranding ifAFails = failover(db.dataSource()).ifHostFails(A).orElseThrow();

        assertThat(ifAFails.restartable()).isEqualTo(1);
        assertThat(ifAFails.stranded()).singleElement().satisfies(vm -> {
            assertThat(vm.name()).isEqualTo("trader-2");
            assertThat(vm.missing()).contains("SRIOV_VF/trading-net (needs 1, at most 0 free on one host)");
        });
    }

    @Test
    void enforce_aStartThatWouldStrandAnotherVm_isRefusedNamingIt_andAStartOnAHostThatKeepsProtectionSucceeds() {
        vfs(A, 2);
        vfs(B, 2);
        vfs(C, 1);
        running(10, "trader-1", A, 2);
        facts.policy(CLUSTER, new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE));
        DeviceAwareHostAllocator allocator = allocator(db.dataSource(), mock(AlertManager.class));
        requests.put(20L, List.of(DeviceRequest.of(NET, 1)));

        ExcludeList onlyB = new ExcludeList();
        assertThatThrownBy(() -> allocator.allocateTo(start(20, "web-2", false, false), plan(), Host.Type.Routing,
                onlyB, List.of(host(B)), -1, true))
                .isInstanceOf(CloudRuntimeException.class)
                .hasMessage("Cannot start VM web-2 in cluster rack-1 without breaking its failover capacity for"
                        + " devices (deviceha.failover.hosts=1, deviceha.failover.policy=enforce): on host kvm-b it"
                        + " would leave VM trader-1 without a host for its devices if host kvm-a failed: no host has"
                        + " the requested devices free: SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
        assertThat(onlyB.getHostsToAvoid()).containsExactly(B);

        ExcludeList bOrC = new ExcludeList();
        allocator.allocateTo(start(20, "web-2", false, false), plan(), Host.Type.Routing, bOrC,
                List.of(host(B), host(C)), -1, true);
        assertThat(bOrC.getHostsToAvoid()).containsExactly(B);
        assertThat(allocations.allocate(C, new VmRef(20, "i-2-20-VM"), List.of(new UnitRequest(NET, 1,
                NumaPolicy.NONE)))).isInstanceOf(AllocationOutcome.Granted.class);
        assertThat(failover(db.dataSource()).ifHostFails(A).orElseThrow().survives()).isTrue();
    }

    @Test
    void enforce_anHaRestartIsNeverRefused() {
        vfs(A, 2);
        vfs(B, 2);
        vfs(C, 1);
        running(10, "trader-1", A, 2);
        facts.policy(CLUSTER, new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE));
        requests.put(11L, List.of(DeviceRequest.of(NET, 1)));
        ExcludeList avoid = new ExcludeList();

        allocator(db.dataSource(), mock(AlertManager.class)).allocateTo(start(11, "trader-2", true, true), plan(),
                Host.Type.Routing, avoid, List.of(host(B)), -1, true);

        assertThat(avoid.getHostsToAvoid()).isNull();
    }

    @Test
    void warn_twoManagementServersSharingTheDatabase_alertOncePerChange() {
        vfs(A, 2);
        vfs(B, 2);
        vfs(C, 1);
        running(10, "trader-1", A, 2);
        facts.policy(CLUSTER, new FailoverPolicy(1, FailoverPolicy.Mode.WARN));
        requests.put(20L, List.of(DeviceRequest.of(NET, 1)));
        AlertManager alertsOfMs1 = mock(AlertManager.class);
        AlertManager alertsOfMs2 = mock(AlertManager.class);
        DataSource ms1 = db.newPool(2);
        DataSource ms2 = db.newPool(2);
        List<FailoverAlerter> alerters = List.of(alerter(ms1, alertsOfMs1), alerter(ms2, alertsOfMs2));
        alerters.forEach(FailoverAlerter::checkOnce);

        // both servers plan the same start under warn: it may start on B, and the loss is alerted once
        for (DataSource pool : List.of(ms1, ms2)) {
            ExcludeList avoid = new ExcludeList();
            allocator(pool, pool == ms1 ? alertsOfMs1 : alertsOfMs2).allocateTo(start(20, "web-2", false, false),
                    plan(), Host.Type.Routing, avoid, List.of(host(B)), -1, true);
            assertThat(avoid.getHostsToAvoid()).isNull();
        }
        assertThat(allocations.allocate(B, new VmRef(20, "i-2-20-VM"), List.of(new UnitRequest(NET, 1,
                NumaPolicy.NONE)))).isInstanceOf(AllocationOutcome.Granted.class);
        alerters.forEach(FailoverAlerter::checkOnce);
        assertThat(subjects(alertsOfMs1, alertsOfMs2)).containsExactly(
                "Device HA: cluster rack-1 lost its failover capacity for devices");

        allocations.release(20);
        alerters.forEach(FailoverAlerter::checkOnce);
        alerters.forEach(FailoverAlerter::checkOnce);
        assertThat(subjects(alertsOfMs1, alertsOfMs2)).containsExactly(
                "Device HA: cluster rack-1 lost its failover capacity for devices",
                "Device HA: cluster rack-1 has its failover capacity for devices again");
    }

    /**
     * Planning one start reads the plugin's tables in two statements however many hosts and VMs the cluster has
     * (plus CloudStack's lookups of the cluster's hosts and VMs, one each).
     */
    @Test
    void admission_readsThePluginTablesInTwoStatements_whateverTheClusterSize() {
        try (HikariDataSource oneSession = db.newPool(1)) {
            for (int hosts : List.of(3, 12)) {
                db.execute("DELETE FROM dha_allocation");
                facts = new FixedClusterFacts().policy(CLUSTER, new FailoverPolicy(2, FailoverPolicy.Mode.ENFORCE));
                List<Long> ids = new ArrayList<>();
                for (long h = 1; h <= hosts; h++) {
                    ids.add(h);
                    vfs(h, 4);
                }
                facts.cluster(CLUSTER, ids.toArray(Long[]::new));
                for (long h = 1; h <= hosts; h++) {
                    running(100 + h, "vm-" + h, h, 1);
                    running(200 + h, "vm-" + h + "b", h, 1);
                }
                FailoverService service = failover(oneSession);

                StatementCount.Counted counted = new StatementCount(oneSession).of(() -> service.admit(CLUSTER,
                        new StartingVm(999, "new", true, List.of(new UnitRequest(NET, 1, NumaPolicy.NONE))), ids));

                assertThat(counted.dataStatements()).as("%d hosts: %s", hosts, counted).isEqualTo(2);
            }
        }
    }

    private List<String> subjects(AlertManager... managers) {
        List<String> subjects = new ArrayList<>();
        for (AlertManager manager : managers) {
            ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
            Mockito.verify(manager, Mockito.atLeast(0)).sendAlert(eq(AlertType.ALERT_TYPE_HA_ACTION), anyLong(),
                    any(), subject.capture(), any());
            subjects.addAll(subject.getAllValues());
        }
        return subjects;
    }

    private FailoverAlerter alerter(DataSource pool, AlertManager alertManager) {
        DeviceHaAlerts alerts = new DeviceHaAlerts();
        alerts.setAlertManager(alertManager);
        FailoverAlerter alerter = new FailoverAlerter();
        alerter.setFailover(failover(pool));
        alerter.setAlerts(alerts);
        alerter.setSubjects(subjects());
        alerter.setClusterDao(clusterDao);
        return alerter;
    }

    private NoticeSubjects subjects() {
        NoticeSubjects subjects = new NoticeSubjects();
        subjects.setHostDao(hostDao);
        return subjects;
    }

    private DeviceAwareHostAllocator allocator(DataSource pool, AlertManager alertManager) {
        AllocationRepository repository = new AllocationRepository(pool);
        DeviceScreening screening = new DeviceScreening();
        screening.setRequestSource(vmId -> requests.getOrDefault(vmId, List.of()));
        screening.setFreeDevices(new InventoryFreeDevices(repository));
        FailoverAdmissionStep admission = new FailoverAdmissionStep();
        admission.setFailover(failover(pool));
        admission.setAlerter(alerter(pool, alertManager));
        admission.setSubjects(subjects());
        DeviceAwareHostAllocator allocator = new DeviceAwareHostAllocator();
        allocator.setScreening(screening);
        allocator.setHaRestarts(new HaRestartWatch());
        allocator.setFailoverAdmission(admission);
        return allocator;
    }

    private static VirtualMachineProfile start(long vmId, String name, boolean haEnabled, boolean haRestart) {
        VirtualMachine vm = mock(VirtualMachine.class);
        when(vm.getHostName()).thenReturn(name);
        when(vm.isHaEnabled()).thenReturn(haEnabled);
        when(vm.getState()).thenReturn(VirtualMachine.State.Starting);
        VirtualMachineProfile profile = mock(VirtualMachineProfile.class);
        when(profile.getId()).thenReturn(vmId);
        when(profile.getVirtualMachine()).thenReturn(vm);
        when(profile.getParameter(VirtualMachineProfile.Param.HaOperation)).thenReturn(haRestart ? true : null);
        return profile;
    }

    private static DeploymentPlan plan() {
        DeploymentPlan plan = mock(DeploymentPlan.class);
        when(plan.getClusterId()).thenReturn(CLUSTER);
        when(plan.getDataCenterId()).thenReturn(1L);
        return plan;
    }

    private static Host host(long id) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        return host;
    }
}
