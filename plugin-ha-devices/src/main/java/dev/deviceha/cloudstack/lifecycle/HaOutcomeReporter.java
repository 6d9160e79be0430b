package dev.deviceha.cloudstack.lifecycle;

import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.lifecycle.HaRestartWatch.Outcome;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.notice.Notices;
import dev.deviceha.notice.VmLabel;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.VmFacts;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Tells operators how an HA restart of a VM with devices ended: where it runs now and with which devices, or why not. */
public class HaOutcomeReporter {
    private static final Logger LOG = LogManager.getLogger(HaOutcomeReporter.class);

    private NoticeSubjects subjects;
    private DeclaredDeviceRequests requests;
    private DeviceAllocations allocations;
    private DeviceHaAlerts alerts;

    @Inject
    public void setSubjects(NoticeSubjects subjects) {
        this.subjects = subjects;
    }

    @Inject
    public void setRequests(DeclaredDeviceRequests requests) {
        this.requests = requests;
    }

    @Inject
    public void setAllocations(DeviceAllocations allocations) {
        this.allocations = allocations;
    }

    @Inject
    public void setAlerts(DeviceHaAlerts alerts) {
        this.alerts = alerts;
    }

    public void report(Outcome outcome) {
        Optional<VmFacts> found = subjects.vm(outcome.vmId());
        if (found.isEmpty()) {
            return;
        }
        VmFacts vm = found.get();
        VmLabel label = NoticeSubjects.label(vm);
        if (outcome.restarted()) {
            alerts.raiseForVm(Notices.haRestarted(label, subjects.nameOf(outcome.deadHostId()),
                    subjects.nameOf(outcome.newHostId()), devices(outcome)), vm.id(), vm.accountId());
        } else {
            alerts.raiseForVm(Notices.haRestartFailed(label, subjects.nameOf(outcome.deadHostId()),
                    outcome.failure()), vm.id(), vm.accountId());
        }
    }

    private List<AssignedDevice> devices(Outcome outcome) {
        try {
            return allocations.held(outcome.vmId(), outcome.newHostId(), requests.requestsOf(outcome.vmId()));
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the devices of VM {} for its HA notice", outcome.vmId(), e);
            return List.of();
        }
    }
}
