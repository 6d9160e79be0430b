package dev.deviceha.cloudstack.alert;

import com.cloud.alert.AlertManager;
import com.cloud.event.ActionEventUtils;
import dev.deviceha.notice.Notice;
import javax.inject.Inject;
import org.apache.cloudstack.alert.AlertService.AlertType;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Raises the plugin's notices as CloudStack alerts (listAlerts, the UI's alert list, alert e-mails) and, for HA
 * outcomes, as events on the VM so its owner sees them in listEvents too.
 */
public class DeviceHaAlerts {
    public static final String EVENT_HA_RESTARTED = "DEVICEHA.HA.RESTARTED";
    public static final String EVENT_HA_RESTART_FAILED = "DEVICEHA.HA.RESTART.FAILED";
    private static final Logger LOG = LogManager.getLogger(DeviceHaAlerts.class);
    private static final long SYSTEM_USER_ID = 1L;
    private static final String VM_RESOURCE_TYPE = "VirtualMachine";

    private AlertManager alerts;

    @Inject
    public void setAlertManager(AlertManager alerts) {
        this.alerts = alerts;
    }

    public void raise(Notice notice) {
        LOG.warn("{}: {}", notice.subject(), notice.body());
        try {
            alerts.sendAlert(typeOf(notice.kind()), notice.zoneId(), null, notice.subject(), notice.body());
        } catch (RuntimeException e) {
            LOG.error("Could not raise the alert \"{}\"", notice.subject(), e);
        }
    }

    /** Raises the notice and records it as an event of the VM's account. */
    public void raiseForVm(Notice notice, long vmId, long accountId) {
        raise(notice);
        String type = notice.kind() == Notice.Kind.HA_RESTARTED ? EVENT_HA_RESTARTED : EVENT_HA_RESTART_FAILED;
        try {
            ActionEventUtils.onActionEvent(SYSTEM_USER_ID, accountId, null, type, notice.body(), vmId,
                    VM_RESOURCE_TYPE);
        } catch (RuntimeException e) {
            LOG.error("Could not record the event {} of VM {}", type, vmId, e);
        }
    }

    /**
     * Types CloudStack's AlertManagerImpl records every time: it keeps only the first alert of most other types
     * (ALERT.TYPE.SYNC among them) per zone, pod and cluster until an admin archives it, so a second device
     * vanishing in a zone would never reach the operator.
     */
    static AlertType typeOf(Notice.Kind kind) {
        return switch (kind) {
            case HA_RESTARTED, HA_RESTART_FAILED, PROTECTION_LOST, PROTECTION_REGAINED, FAILOVER_LOST, FAILOVER_REGAINED ->
                AlertType.ALERT_TYPE_HA_ACTION;
            case DEVICE_VANISHED -> AlertType.ALERT_TYPE_HOST;
        };
    }
}
