package dev.deviceha.cloudstack.failover;

import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.cloudstack.alert.NoticeSubjects;
import dev.deviceha.failover.AdmissionDecision;
import dev.deviceha.failover.Breach;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.StartingVm;
import dev.deviceha.failover.Stranding;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The host allocator's failover admission for a normal start (never an HA restart, which is the failover itself):
 * of the hosts that have the VM's devices, those after which the cluster would no longer survive the host failures
 * its policy names are avoided when another host keeps that. When none does, {@code enforce} refuses the start with
 * the VM that would be stranded, the host whose failure would strand it and the {@code KIND/tag} it lacks;
 * {@code warn} lets it start and alerts that the cluster lost its failover capacity.
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
     * @throws CloudRuntimeException when {@code enforce} leaves no host
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
        AdmissionDecision decision = failover.admit(cluster, starting, fittingHostIds);
        if (decision.breaches().isEmpty()) {
            return;
        }
        String clusterName = alerter.clusterName(cluster);
        if (!decision.keeping().isEmpty() || decision.policy().enforced()) {
            decision.breakingHostIds().forEach(avoid::addHost);
            LOG.info("VM {}: avoiding host(s) {} to keep the failover capacity of cluster {}: {}", name,
                    decision.breakingHostIds(), clusterName, decision.breaches().get(0).describe(subjects::nameOf));
        }
        if (decision.keeping().isEmpty() && decision.policy().enforced()) {
            String refusal = decision.refusal(name, clusterName, subjects::nameOf);
            LOG.warn(refusal);
            throw new CloudRuntimeException(refusal);
        }
        if (decision.keeping().isEmpty()) {
            Breach breach = decision.breaches().get(0);
            LOG.warn("VM {} starts in cluster {} although no host keeps its failover capacity"
                    + " (deviceha.failover.policy=warn): {}", name, clusterName, breach.describe(subjects::nameOf));
            failover.record(cluster, decision.policy(), false,
                    new Stranding(breach.failedHostIds(), 0, List.of(breach.stranded())))
                    .ifPresent(change -> alerter.raise(change, "VM " + name + " was started with no host that kept"
                            + " the cluster's failover capacity"));
        }
    }
}
