package dev.deviceha.cloudstack.failover;

import com.cloud.dc.ClusterVO;
import com.cloud.dc.dao.ClusterDao;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.failover.FailoverChange;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.notice.Notices;
import javax.inject.Inject;

/**
 * Alerts when a cluster loses or regains its failover capacity for devices: from the periodic check, and at once
 * when a start under {@code warn} breaks it. The change is recorded in the shared database first, so each is
 * alerted once across management servers.
 */
public class FailoverAlerter {
    private FailoverService failover;
    private DeviceHaAlerts alerts;
    private NoticeSubjects subjects;
    private ClusterDao clusters;

    @Inject
    public void setFailover(FailoverService failover) {
        this.failover = failover;
    }

    @Inject
    public void setAlerts(DeviceHaAlerts alerts) {
        this.alerts = alerts;
    }

    @Inject
    public void setSubjects(NoticeSubjects subjects) {
        this.subjects = subjects;
    }

    @Inject
    public void setClusterDao(ClusterDao clusters) {
        this.clusters = clusters;
    }

    /** One periodic check of every cluster whose policy is on; returns how many alerts it raised. */
    public int checkOnce() {
        int raised = 0;
        for (FailoverChange change : failover.check()) {
            raise(change, null);
            raised++;
        }
        return raised;
    }

    /** Raises the change's alert; {@code cause} says what brought it about, when known. */
    public void raise(FailoverChange change, String cause) {
        ClusterVO cluster = clusters.findById(change.clusterId());
        long zoneId = cluster == null ? 0 : cluster.getDataCenterId();
        String name = clusterName(change.clusterId());
        alerts.raise(change.lost()
                ? Notices.failoverLost(zoneId, name, change.policy(), change.stranding(), subjects::nameOf, cause)
                : Notices.failoverRegained(zoneId, name, change.policy()));
    }

    /** The cluster's name, or its id when CloudStack no longer knows it. */
    String clusterName(long clusterId) {
        ClusterVO cluster = clusters.findById(clusterId);
        return cluster == null ? "id " + clusterId : cluster.getName();
    }
}
