package dev.deviceha.cloudstack.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cloud.alert.AlertManager;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.readiness.ReadinessLedger;
import dev.deviceha.readiness.ReadinessMonitor;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.VmFacts;
import java.util.List;
import java.util.Optional;
import org.apache.cloudstack.alert.AlertService.AlertType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class ReadinessAlerterTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final HostRef A = new HostRef(1, 1L, 3L);

    private final AlertManager alertManager = mock(AlertManager.class);
    private final ReadinessAlerter alerter = new ReadinessAlerter();

    @BeforeEach
    void setUp(TestDatabase db) {
        db.migrated();
        AllocationRepository allocations = new AllocationRepository(db.dataSource());
        new TestInventory(db.dataSource()).report(A, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        allocations.allocate(A.hostId(), new VmRef(7, "i-2-7-VM"), List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));
        alerter.setMonitor(new ReadinessMonitor(new HaReadinessService(allocations,
                new InventoryFreeDevices(allocations), host -> List.of(), vmId -> List.of(DeviceRequest.of(NET, 1))),
                new ReadinessLedger(db.dataSource())));
        NoticeSubjects subjects = new NoticeSubjects();
        subjects.setVmDirectory(vmId -> Optional.of(new VmFacts(vmId, "vm-uuid-7", "trader-7", "i-2-7-VM", 3, 1, 2,
                A.hostId())));
        HostDao hosts = mock(HostDao.class);
        HostVO host = mock(HostVO.class);
        when(host.getName()).thenReturn("kvm-a");
        when(hosts.findById(A.hostId())).thenReturn(host);
        subjects.setHostDao(hosts);
        alerter.setSubjects(subjects);
        DeviceHaAlerts alerts = new DeviceHaAlerts();
        alerts.setAlertManager(alertManager);
        alerter.setAlerts(alerts);
    }

    @Test
    void checkOnce_alertsAVmWithoutAnyPeerOnce_inItsZone() {
        int first = alerter.checkOnce();
        int second = alerter.checkOnce();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        verify(alertManager, times(1)).sendAlert(eq(AlertType.ALERT_TYPE_HA_ACTION), eq(3L), any(),
                eq("Device HA: VM trader-7 is not protected by HA"),
                eq("If host kvm-a failed, VM trader-7 (i-2-7-VM, vm-uuid-7) could not be restarted with its devices:"
                        + " no other Up and Enabled host in its cluster."));
    }
}
