package dev.deviceha.cloudstack.readiness;

import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.notice.Notices;
import dev.deviceha.notice.VmLabel;
import dev.deviceha.readiness.ProtectionChange;
import dev.deviceha.readiness.ReadinessMonitor;
import dev.deviceha.service.VmFacts;
import java.util.Optional;
import javax.inject.Inject;

/** One periodic readiness check: alerts on each VM that lost or regained HA protection since the last one. */
public class ReadinessAlerter {
    private ReadinessMonitor monitor;
    private NoticeSubjects subjects;
    private DeviceHaAlerts alerts;

    @Inject
    public void setMonitor(ReadinessMonitor monitor) {
        this.monitor = monitor;
    }

    @Inject
    public void setSubjects(NoticeSubjects subjects) {
        this.subjects = subjects;
    }

    @Inject
    public void setAlerts(DeviceHaAlerts alerts) {
        this.alerts = alerts;
    }

    public int checkOnce() {
        int raised = 0;
        for (ProtectionChange change : monitor.run()) {
            Optional<VmFacts> vm = subjects.vm(change.readiness().vmId());
            if (vm.isEmpty()) {
                continue;
            }
            VmLabel label = NoticeSubjects.label(vm.get());
            alerts.raise(change.lost()
                    ? Notices.protectionLost(label, subjects.nameOf(change.readiness().hostId()), change.readiness())
                    : Notices.protectionRegained(label, change.readiness()));
            raised++;
        }
        return raised;
    }
}
