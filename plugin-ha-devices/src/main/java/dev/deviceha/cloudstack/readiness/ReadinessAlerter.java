package dev.deviceha.cloudstack.readiness;

import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.notice.Notices;
import dev.deviceha.notice.VmLabel;
import dev.deviceha.readiness.ProtectionChange;
import dev.deviceha.readiness.ReadinessMonitor;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;
import java.util.Optional;
import javax.inject.Inject;

/** One periodic readiness check: alerts on each VM that lost or regained HA protection since the last one. */
public class ReadinessAlerter {
    private ReadinessMonitor monitor;
    private VmDirectory vms;
    private HostDao hosts;
    private DeviceHaAlerts alerts;

    @Inject
    public void setMonitor(ReadinessMonitor monitor) {
        this.monitor = monitor;
    }

    @Inject
    public void setVmDirectory(VmDirectory vms) {
        this.vms = vms;
    }

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Inject
    public void setAlerts(DeviceHaAlerts alerts) {
        this.alerts = alerts;
    }

    public int checkOnce() {
        int raised = 0;
        for (ProtectionChange change : monitor.run()) {
            Optional<VmFacts> vm = vms.find(change.readiness().vmId());
            if (vm.isEmpty()) {
                continue;
            }
            VmLabel label = new VmLabel(vm.get().name(), vm.get().instanceName(), vm.get().uuid(), vm.get().zoneId());
            alerts.raise(change.lost()
                    ? Notices.protectionLost(label, hostName(change.readiness().hostId()), change.readiness())
                    : Notices.protectionRegained(label, change.readiness()));
            raised++;
        }
        return raised;
    }

    private String hostName(long hostId) {
        HostVO host = hosts.findById(hostId);
        return host == null ? "id " + hostId : host.getName();
    }
}
