package dev.deviceha.cloudstack.readiness;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import com.cloud.resource.ResourceManager;
import dev.deviceha.readiness.ClusterPeers;
import java.util.List;
import javax.inject.Inject;

/** Where HA could restart a host's VMs: the other Up and Enabled routing hosts of its cluster. */
public class CloudStackClusterPeers implements ClusterPeers {
    private HostDao hosts;
    private ResourceManager resources;

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Inject
    public void setResourceManager(ResourceManager resources) {
        this.resources = resources;
    }

    @Override
    public List<Long> peersOf(long hostId) {
        HostVO host = hosts.findById(hostId);
        if (host == null || host.getClusterId() == null) {
            return List.of();
        }
        return resources.listAllUpAndEnabledHosts(Host.Type.Routing, host.getClusterId(), host.getPodId(),
                        host.getDataCenterId()).stream()
                .map(HostVO::getId)
                .filter(id -> id != hostId)
                .toList();
    }
}
