package dev.deviceha.cloudstack.inventory;

import com.cloud.agent.Listener;
import com.cloud.agent.api.AgentControlAnswer;
import com.cloud.agent.api.AgentControlCommand;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.agent.api.StartupCommand;
import com.cloud.host.Host;
import com.cloud.host.Status;
import com.cloud.hypervisor.Hypervisor.HypervisorType;
import java.util.concurrent.Executor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Scans a KVM host's devices each time its agent connects (only the KVM agent has the extension). The scan runs on
 * the plugin's own thread: the agent's connect must not wait for it (a connect listener that blocks or throws holds
 * up or fails the connect).
 */
public class DeviceInventoryListener implements Listener {
    private static final Logger LOG = LogManager.getLogger(DeviceInventoryListener.class);

    private final HostInventoryScanner scanner;
    private final Executor scans;

    public DeviceInventoryListener(HostInventoryScanner scanner, Executor scans) {
        this.scanner = scanner;
        this.scans = scans;
    }

    @Override
    public void processConnect(Host host, StartupCommand cmd, boolean forRebalance) {
        if (host.getType() != Host.Type.Routing || !HypervisorType.KVM.equals(host.getHypervisorType())) {
            return;
        }
        long hostId = host.getId();
        scans.execute(() -> scanQuietly(hostId));
    }

    /** Scans and logs; never throws, so that a scheduled rescan keeps running. */
    public void scanQuietly(long hostId) {
        try {
            var result = scanner.rediscover(hostId);
            LOG.info("Host {} reported {} device(s): {} new, {} changed, {} missing", hostId, result.deviceCount(),
                    result.added(), result.changed(), result.missing());
        } catch (HostScanException e) {
            LOG.info("No device inventory for host {}: {}", hostId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Device inventory of host {} failed", hostId, e);
        }
    }

    @Override
    public boolean processAnswers(long agentId, long seq, Answer[] answers) {
        return false;
    }

    @Override
    public boolean processCommands(long agentId, long seq, Command[] commands) {
        return false;
    }

    @Override
    public AgentControlAnswer processControlCommand(long agentId, AgentControlCommand cmd) {
        return null;
    }

    @Override
    public void processHostAdded(long hostId) {
    }

    @Override
    public boolean processDisconnect(long agentId, Status state) {
        return true;
    }

    @Override
    public void processHostAboutToBeRemoved(long hostId) {
    }

    @Override
    public void processHostRemoved(long hostId, long clusterId) {
    }

    @Override
    public boolean isRecurring() {
        return false;
    }

    @Override
    public int getTimeout() {
        return -1;
    }

    @Override
    public boolean processTimeout(long agentId, long seq) {
        return false;
    }
}
