package dev.deviceha.cloudstack.inventory;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.dc.ClusterVO;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.exception.OperationTimedoutException;
import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import dev.deviceha.api.HostRediscovery;
import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.cloudstack.release.ManagedGpus;
import dev.deviceha.command.ReportDevicesAnswer;
import dev.deviceha.command.ReportDevicesCommand;
import dev.deviceha.inventory.HeldUnit;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.notice.Notices;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.InventorySyncResult;
import dev.deviceha.service.SyncedHost;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Asks one KVM host's agent for its devices and applies the report: the one path for agent connects, the periodic
 * rescan and the rediscoverDevices API. Allocations left on devices the host stopped reporting raise an alert.
 */
public class HostInventoryScanner implements HostRediscovery {
    private static final Logger LOG = LogManager.getLogger(HostInventoryScanner.class);

    private AgentManager agents;
    private HostDao hosts;
    private ClusterDao clusters;
    private ManagedGpus managedGpus;
    private InventorySync sync;
    private DeviceHaAlerts alerts;

    @Inject
    public void setAgentManager(AgentManager agents) {
        this.agents = agents;
    }

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Inject
    public void setClusterDao(ClusterDao clusters) {
        this.clusters = clusters;
    }

    /** From the release in the module's context (CloudStackRelease): none on 4.20. */
    public void setManagedGpus(ManagedGpus managedGpus) {
        this.managedGpus = managedGpus;
    }

    @Inject
    public void setInventorySync(InventorySync sync) {
        this.sync = sync;
    }

    @Inject
    public void setAlerts(DeviceHaAlerts alerts) {
        this.alerts = alerts;
    }

    /**
     * @throws HostScanException when the host is unknown, outside a cluster, or its agent cannot report
     */
    @Override
    public InventorySyncResult rediscover(long hostId) {
        HostVO host = hosts.findById(hostId);
        if (host == null) {
            throw new HostScanException("the host no longer exists");
        }
        if (host.getType() != Host.Type.Routing || host.getClusterId() == null) {
            throw new HostScanException("host " + host.getName() + " is not a hypervisor host in a cluster");
        }
        ClusterVO cluster = clusters.findById(host.getClusterId());
        if (cluster == null) {
            throw new HostScanException("the cluster of host " + host.getName() + " no longer exists");
        }
        DiscoveryReport report = report(host);
        SyncedHost synced = new SyncedHost(new HostRef(hostId, host.getClusterId(), host.getDataCenterId()),
                new HostContext(UUID.fromString(host.getUuid()), UUID.fromString(cluster.getUuid())));
        InventorySyncResult result = sync.apply(synced, report, cloudStackManaged(hostId));
        for (HeldUnit unit : result.allocationsOnVanished()) {
            alerts.raise(Notices.deviceVanished(host.getDataCenterId(), host.getName(), unit.address(),
                    unit.vmInstanceName()));
        }
        return result;
    }

    private DiscoveryReport report(HostVO host) {
        Answer answer;
        try {
            answer = agents.send(host.getId(), new ReportDevicesCommand());
        } catch (AgentUnavailableException | OperationTimedoutException e) {
            throw new HostScanException("the agent of host " + host.getName() + " is not available: "
                    + e.getMessage(), e);
        }
        if (answer instanceof ReportDevicesAnswer devices && devices.getResult()) {
            DiscoveryReport report;
            try {
                report = devices.getReport();
            } catch (InvalidValueException e) {
                throw new HostScanException("host " + host.getName() + " sent an invalid device report: "
                        + e.getMessage(), e);
            }
            if (report != null) {
                return report;
            }
        }
        throw new HostScanException("host " + host.getName() + " did not report its devices: "
                + (answer == null ? "no answer" : answer.getDetails()));
    }

    /**
     * Addresses of the host's GPUs CloudStack's own GPU framework (4.21+) manages, canonical like ours; a managed
     * GPU also claims the vGPU types on it, whose parent it is.
     */
    private Set<String> cloudStackManaged(long hostId) {
        Set<String> managed = new HashSet<>();
        for (String busAddress : managedGpus.busAddresses(hostId)) {
            managed.add(canonical(busAddress));
        }
        if (!managed.isEmpty()) {
            LOG.debug("Host {}: CloudStack's GPU framework manages {}", hostId, managed);
        }
        return managed;
    }

    /**
     * CloudStack's discovery may store {@code af:00.0}; the plugin keys PCI functions as {@code 0000:af:00.0}. What
     * is no PCI address is kept as it is, lower case: it matches no device of ours.
     */
    static String canonical(String busAddress) {
        String address = busAddress.strip().toLowerCase(Locale.ROOT);
        boolean withoutDomain = address.indexOf(':') == address.lastIndexOf(':');
        try {
            return PciAddress.parse(withoutDomain ? "0000:" + address : address).toString();
        } catch (InvalidValueException e) {
            return address;
        }
    }

}
