package dev.deviceha.cloudstack.failover;

import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.failover.FailoverGate;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.StartingVm;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The host allocator's failover admission for a normal start (never an HA restart, which is the failover itself),
 * as {@link FailoverGate} decides it: avoid the hosts it names, fail the start with its refusal under
 * {@code enforce}, alert the loss it reports under {@code warn}.
 */
public class FailoverAdmissionStep {
    private static final Logger LOG = LogManager.getLogger(FailoverAdmissionStep.class);

    private FailoverService failover;
    private FailoverAlerter alerter;
    private NoticeSubjects subjects;

    @Inject
    public void setFailover(FailoverService failover) {
        this.failover = failover;
    }

    @Inject
    public void setAlerter(FailoverAlerter alerter) {
        this.alerter = alerter;
    }

    @Inject
    public void setSubjects(NoticeSubjects subjects) {
        this.subjects = subjects;
    }

    /**
     * @param clusterId      the planned cluster, or null to take the first fitting host's
     * @param fittingHostIds the candidates that have the VM's devices free
     * @throws CloudRuntimeException when {@code enforce} leaves no host: CloudStack aborts the start with its message
     */
    public void screen(VirtualMachineProfile vmProfile, Long clusterId, List<Long> fittingHostIds,
            List<DeviceRequest> requests, ExcludeList avoid) {
        if (fittingHostIds.isEmpty() || Boolean.TRUE.equals(
                vmProfile.getParameter(VirtualMachineProfile.Param.HaOperation))) {
            return;
        }
        Long cluster = clusterId != null ? clusterId : failover.clusterOf(fittingHostIds.get(0)).orElse(null);
        if (cluster == null) {
            return;
        }
        VirtualMachine vm = vmProfile.getVirtualMachine();
        String name = vm == null ? "id " + vmProfile.getId() : vm.getHostName();
        StartingVm starting = new StartingVm(vmProfile.getId(), name, vm != null && vm.isHaEnabled(),
                requests.stream().map(r -> new UnitRequest(r.tag(), r.count(), r.numa())).toList());
        FailoverGate.Verdict verdict = new FailoverGate(failover).screen(cluster, alerter::clusterName, starting,
                fittingHostIds, subjects::nameOf);
        verdict.avoid().forEach(avoid::addHost);
        if (verdict.refusal() != null) {
            LOG.warn(verdict.refusal());
            throw new CloudRuntimeException(verdict.refusal());
        }
        if (!verdict.avoid().isEmpty()) {
            LOG.info("VM {}: avoiding host(s) {} to keep the cluster's failover capacity: {}", name, verdict.avoid(),
                    verdict.reason());
        } else if (verdict.reason() != null) {
            LOG.warn("{}: {}", verdict.cause(), verdict.reason());
        }
        if (verdict.lost() != null) {
            alerter.raise(verdict.lost(), verdict.cause());
        }
    }
}
