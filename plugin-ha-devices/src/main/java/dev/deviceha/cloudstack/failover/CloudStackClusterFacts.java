package dev.deviceha.cloudstack.failover;

import com.cloud.dc.ClusterVO;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import com.cloud.resource.ResourceManager;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.cloudstack.config.DeviceHaSettings;
import dev.deviceha.failover.ClusterFacts;
import dev.deviceha.failover.FailoverPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Clusters, their Up and Enabled hosts, their HA-enabled VMs and their failover settings, from CloudStack. */
public class CloudStackClusterFacts implements ClusterFacts {
    private static final Logger LOG = LogManager.getLogger(CloudStackClusterFacts.class);

    private ClusterDao clusters;
    private HostDao hosts;
    private VMInstanceDao vms;
    private ResourceManager resources;

    @Inject
    public void setClusterDao(ClusterDao clusters) {
        this.clusters = clusters;
    }

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Inject
    public void setVmInstanceDao(VMInstanceDao vms) {
        this.vms = vms;
    }

    @Inject
    public void setResourceManager(ResourceManager resources) {
        this.resources = resources;
    }

    @Override
    public List<Long> usableHosts(long clusterId) {
        ClusterVO cluster = clusters.findById(clusterId);
        if (cluster == null) {
            return List.of();
        }
        return resources.listAllUpAndEnabledHosts(Host.Type.Routing, clusterId, null, cluster.getDataCenterId())
                .stream().map(HostVO::getId).toList();
    }

    @Override
    public Optional<Long> clusterOf(long hostId) {
        return Optional.ofNullable(hosts.findById(hostId)).map(HostVO::getClusterId);
    }

    @Override
    public List<Long> clusters(Long zoneId) {
        return (zoneId == null ? clusters.listAll() : clusters.listByZoneId(zoneId)).stream()
                .map(ClusterVO::getId).toList();
    }

    @Override
    public Map<Long, String> haEnabledVms(long clusterId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (VMInstanceVO vm : vms.listByClusterId(clusterId)) {
            if (vm.isHaEnabled()) {
                names.put(vm.getId(), vm.getHostName());
            }
        }
        return names;
    }

    /** A value CloudStack let through but the plugin cannot use is logged and read as the setting's default. */
    @Override
    public FailoverPolicy policyOf(long clusterId) {
        Integer hostsValue = DeviceHaSettings.FAILOVER_HOSTS.valueIn(clusterId);
        String modeValue = DeviceHaSettings.FAILOVER_POLICY.valueIn(clusterId);
        int failures = hostsValue == null ? 0 : hostsValue;
        if (failures < 0 || failures > FailoverPolicy.MAX_HOSTS) {
            LOG.error("Cluster {}: {} is {}, expected 0, 1 or 2; failover capacity is not checked",
                    clusterId, DeviceHaSettings.FAILOVER_HOSTS.key(), failures);
            return FailoverPolicy.OFF;
        }
        try {
            return new FailoverPolicy(failures, FailoverPolicy.Mode.parse(modeValue));
        } catch (IllegalArgumentException e) {
            LOG.error("Cluster {}: {}; using warn", clusterId, e.getMessage());
            return new FailoverPolicy(failures, FailoverPolicy.Mode.WARN);
        }
    }
}
