package dev.deviceha.cloudstack.placement;

import com.cloud.agent.manager.allocator.HostAllocator;
import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.host.Host;
import com.cloud.host.Host.Type;
import com.cloud.offering.ServiceOffering;
import com.cloud.utils.component.AdapterBase;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineProfile;
import dev.deviceha.cloudstack.failover.FailoverAdmissionStep;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.HostFit;
import dev.deviceha.placement.HostScreening;
import dev.deviceha.placement.MissingDevices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * First in {@code host.allocators.order}: puts every candidate host without enough free devices for the VM into the
 * shared ExcludeList and returns no host, so that the next allocator (FirstFitRouting) picks among the rest with its
 * CPU, RAM and host-tag checks. CloudStack takes the first non-empty answer, so filtering through the ExcludeList is
 * the only way an allocator can narrow the choice of the others. Of the hosts with the devices, it then lets the
 * failover admission avoid the ones that would break the cluster's failover capacity. A no-op for VMs that ask for
 * no device.
 */
public class DeviceAwareHostAllocator extends AdapterBase implements HostAllocator {
    private static final Logger LOG = LogManager.getLogger(DeviceAwareHostAllocator.class);

    private DeviceScreening screening;
    private HaRestartWatch haRestarts;
    private FailoverAdmissionStep failoverAdmission;

    @Inject
    public void setScreening(DeviceScreening screening) {
        this.screening = screening;
    }

    @Inject
    public void setHaRestarts(HaRestartWatch haRestarts) {
        this.haRestarts = haRestarts;
    }

    @Inject
    public void setFailoverAdmission(FailoverAdmissionStep failoverAdmission) {
        this.failoverAdmission = failoverAdmission;
    }

    @Override
    public List<Host> allocateTo(VirtualMachineProfile vmProfile, DeploymentPlan plan, Type type, ExcludeList avoid,
            int returnUpTo) {
        if (type == Type.Routing && plan.getClusterId() != null) {
            excludeHostsWithoutDevices(vmProfile, avoid, plan.getClusterId(),
                    screening.usableHostIdsInCluster(plan.getClusterId(), plan.getDataCenterId()));
        }
        return new ArrayList<>();
    }

    /**
     * Declared by CloudStack 4.20's HostAllocator (4.21 dropped it); 4.20's FirstFitAllocator does its work here and
     * calls it from the 5-argument form. Without it a 4.20 server throws AbstractMethodError.
     */
    public List<Host> allocateTo(VirtualMachineProfile vmProfile, DeploymentPlan plan, Type type, ExcludeList avoid,
            int returnUpTo, boolean considerReservedCapacity) {
        return allocateTo(vmProfile, plan, type, avoid, returnUpTo);
    }

    /**
     * Declared by CloudStack 4.20's HostAllocator (4.21 dropped it): asked before a stopped VM changes offering, and
     * one allocator saying yes is enough. Devices follow the new offering's requests at the next start, where
     * placement checks them; like FirstFitAllocator, this allocator never vetoes.
     */
    public boolean isVirtualMachineUpgradable(VirtualMachine vm, ServiceOffering offering) {
        return true;
    }

    @Override
    public List<Host> allocateTo(VirtualMachineProfile vmProfile, DeploymentPlan plan, Type type, ExcludeList avoid,
            List<? extends Host> hosts, int returnUpTo, boolean considerReservedCapacity) {
        if (type == Type.Routing && hosts != null) {
            excludeHostsWithoutDevices(vmProfile, avoid, plan.getClusterId(), hosts.stream().map(Host::getId).toList());
        }
        return new ArrayList<>();
    }

    private void excludeHostsWithoutDevices(VirtualMachineProfile vmProfile, ExcludeList avoid, Long clusterId,
            Collection<Long> candidateHostIds) {
        List<DeviceRequest> requests = screening.requestsOf(vmProfile.getId());
        if (requests.isEmpty()) {
            return;
        }
        if (isLiveMove(vmProfile) && screening.holdsDevices(vmProfile.getId())) {
            candidateHostIds.forEach(avoid::addHost);
            LOG.info("VM {} holds devices on its host and cannot be moved live: no host offered",
                    vmProfile.getId());
            return;
        }
        // Hosts already avoided (tried in this start, or excluded by another check) must not count as fitting.
        Set<Long> avoided = avoid.getHostsToAvoid() == null ? Set.of() : avoid.getHostsToAvoid();
        List<Long> candidates = candidateHostIds.stream().filter(id -> !avoided.contains(id)).toList();
        HostScreening result = HostScreening.of(screening.hosts(candidates, requests), requests);
        for (HostFit shortHost : result.excluded()) {
            avoid.addHost(shortHost.hostId());
            LOG.debug("VM {}: {}", vmProfile.getId(), shortHost.describe());
        }
        if (result.fittingHostIds().isEmpty() && !result.excluded().isEmpty()) {
            String missing = MissingDevices.describe(result.excluded());
            LOG.info("VM {}, hosts {}: {}", vmProfile.getId(), result.excludedHostIds(), missing);
            haRestarts.noteScreening(vmProfile.getId(), Optional.of(missing));
        } else if (!result.fittingHostIds().isEmpty()) {
            haRestarts.noteScreening(vmProfile.getId(), Optional.empty());
            failoverAdmission.screen(vmProfile, clusterId, result.fittingHostIds(), requests, avoid);
        }
    }

    /**
     * A running VM is planned for only to move it (migration, host maintenance, DRS, a scale-up that does not fit):
     * devices do not move with it, so no host may be offered.
     */
    private static boolean isLiveMove(VirtualMachineProfile vmProfile) {
        VirtualMachine vm = vmProfile.getVirtualMachine();
        return vm != null && vm.getState() == VirtualMachine.State.Running;
    }
}
