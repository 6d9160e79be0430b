package dev.deviceha.cloudstack.placement;

import com.cloud.dc.DataCenter;
import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.FirstFitPlanner;
import com.cloud.deploy.HAPlanner;
import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.placement.ClusterRanking;
import dev.deviceha.placement.MissingDevices;
import java.util.List;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The planner an HA restart falls back to when the VM's own planner found no capacity (HighAvailabilityManagerImpl
 * takes the first registered HAPlanner, so SkipHeuresticsPlanner goes into {@code ha.planners.exclude}). Like
 * SkipHeuresticsPlanner it ignores the clusters' capacity disable thresholds, the headroom kept for emergencies;
 * unlike it, it keeps only clusters with a host that has the VM's devices free, most free devices first. When no
 * cluster has them it throws InsufficientServerCapacityException naming the missing {@code KIND/tag}: returning an
 * empty list would only yield CloudStack's generic "Unable to create a deployment", and the HA worker logs the
 * exception's message ("Unable to restart ... due to ...").
 */
public class DeviceAwareHaPlanner extends FirstFitPlanner implements HAPlanner {
    private static final Logger LOG = LogManager.getLogger(DeviceAwareHaPlanner.class);

    private DeviceScreening screening;
    private HaRestartWatch haRestarts;

    @Inject
    public void setScreening(DeviceScreening screening) {
        this.screening = screening;
    }

    @Inject
    public void setHaRestarts(HaRestartWatch haRestarts) {
        this.haRestarts = haRestarts;
    }

    @Override
    public List<Long> orderClusters(VirtualMachineProfile vmProfile, DeploymentPlan plan, ExcludeList avoid)
            throws InsufficientServerCapacityException {
        return byFreeDevices(vmProfile, plan, avoid, super.orderClusters(vmProfile, plan, avoid));
    }

    /** Reorders the clusters FirstFitPlanner found; null and empty (no capacity at all) pass through. */
    List<Long> byFreeDevices(VirtualMachineProfile vmProfile, DeploymentPlan plan, ExcludeList avoid,
            List<Long> clusterIds) throws InsufficientServerCapacityException {
        List<DeviceRequest> requests = screening.requestsOf(vmProfile.getId());
        if (requests.isEmpty()) {
            return clusterIds;
        }
        haRestarts.noteHaPlannerPass(vmProfile.getId());
        if (clusterIds == null || clusterIds.isEmpty()) {
            return clusterIds;
        }
        ClusterRanking ranking = ClusterRanking.of(
                screening.clusters(clusterIds, plan.getDataCenterId(), requests), requests);
        if (ranking.noClusterHasDevices()) {
            String missing = MissingDevices.describe(ranking.shortHosts());
            haRestarts.noteFailure(vmProfile.getId(), missing);
            String reason = "VM " + vmProfile.getId() + ": " + missing;
            LOG.warn("HA planning failed: {}", reason);
            throw new InsufficientServerCapacityException(reason, DataCenter.class, plan.getDataCenterId());
        }
        ranking.clustersWithoutDevices().forEach(avoid::addCluster);
        LOG.debug("VM {}: clusters by free devices {}, without devices {}", vmProfile.getId(),
                ranking.orderedClusterIds(), ranking.clustersWithoutDevices());
        return ranking.orderedClusterIds();
    }

    /** Cluster capacity thresholds keep headroom for emergencies; an HA restart is one. */
    @Override
    protected void removeClustersCrossingThreshold(List<Long> clusterListForVmAllocation, ExcludeList avoid,
            VirtualMachineProfile vmProfile, DeploymentPlan plan) {
        LOG.debug("HA planning for VM {}: ignoring cluster capacity thresholds", vmProfile.getId());
    }

    @Override
    public boolean canHandle(VirtualMachineProfile vm, DeploymentPlan plan, ExcludeList avoid) {
        return true;
    }
}
