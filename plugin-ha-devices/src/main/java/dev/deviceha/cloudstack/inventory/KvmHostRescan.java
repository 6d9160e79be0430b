package dev.deviceha.cloudstack.inventory;

import com.cloud.agent.AgentManager;
import com.cloud.dc.DataCenterVO;
import com.cloud.dc.dao.DataCenterDao;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.hypervisor.Hypervisor.HypervisorType;
import com.cloud.resource.ResourceManager;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/**
 * The hosts the periodic rescan covers: every Up and Enabled KVM routing host whose agent this management server
 * holds, whether or not it has devices yet, so a host whose first report was empty or failed is picked up once it is
 * fixed. Only KVM hosts run the agent extension; other hypervisors are never polled.
 */
public class KvmHostRescan {
    private DataCenterDao zones;
    private ResourceManager resources;
    private AgentManager agents;

    @Inject
    public void setDataCenterDao(DataCenterDao zones) {
        this.zones = zones;
    }

    @Inject
    public void setResourceManager(ResourceManager resources) {
        this.resources = resources;
    }

    @Inject
    public void setAgentManager(AgentManager agents) {
        this.agents = agents;
    }

    /** Ids of the hosts to rescan now; each management server gets the hosts whose agents it holds. */
    public List<Long> hostsToScan() {
        List<Long> due = new ArrayList<>();
        for (DataCenterVO zone : zones.listAll()) {
            for (HostVO host : resources.listAllUpAndEnabledHostsInOneZoneByHypervisor(HypervisorType.KVM,
                    zone.getId())) {
                if (host.getType() == Host.Type.Routing && agents.isAgentAttached(host.getId())) {
                    due.add(host.getId());
                }
            }
        }
        return due;
    }
}
