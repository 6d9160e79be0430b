package dev.deviceha.drill.chaos;

import dev.deviceha.drill.host.ChaosHost;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.prepare.PreparationFailure;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stands in for AgentManager.send of the plugin's stage and release commands (AgentDeviceStaging), with the faults
 * of {@link AgentFault} injected into the next stage. Unstaging is best effort and never throws, as in the plugin.
 */
final class AgentLink implements DeviceAgentPort {
    private final Map<Long, ChaosHost> hosts;
    private AgentFault nextFault;
    private AgentFault struck;

    AgentLink(Map<Long, ChaosHost> hosts) {
        this.hosts = hosts;
    }

    void failNextStage(AgentFault fault) {
        nextFault = fault;
    }

    void disarm() {
        nextFault = null;
    }

    /** The fault that struck a stage since the last call, if any. */
    Optional<AgentFault> takeStruck() {
        Optional<AgentFault> fault = Optional.ofNullable(struck);
        struck = null;
        return fault;
    }

    @Override
    public void stage(long hostId, DeviceAssignment assignment) {
        AgentFault fault = nextFault;
        nextFault = null;
        struck = fault;
        ChaosHost host = hosts.get(hostId);
        if (fault == AgentFault.SERVER_DIES_BEFORE_STAGE) {
            throw new ServerDied("after allocating on " + host.name() + ", before staging");
        }
        if (fault == AgentFault.STAGE_FAILS) {
            throw new IllegalStateException("host " + host.name() + " failed the command (injected)");
        }
        List<PreparationFailure> failures;
        try {
            failures = host.stage(assignment);
            if (fault == AgentFault.AGENT_CRASHES_BEFORE_ANSWER || fault == AgentFault.AGENT_CRASHES_BEFORE_START) {
                host.crashAgent();
            }
        } catch (IOException e) {
            throw new IllegalStateException("host " + host.name() + " did not answer: " + e.getMessage(), e);
        }
        if (fault == AgentFault.ANSWER_LOST || fault == AgentFault.AGENT_CRASHES_BEFORE_ANSWER) {
            throw new IllegalStateException("host " + host.name() + " timed out (injected)");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("host " + host.name() + " could not prepare " + failures);
        }
        if (fault == AgentFault.SERVER_DIES_BEFORE_START) {
            throw new ServerDied("after staging on " + host.name() + ", before the StartCommand");
        }
    }

    @Override
    public boolean unstage(long hostId, String vmInstanceName) {
        ChaosHost host = hosts.get(hostId);
        if (!host.isUp()) {
            return false;
        }
        try {
            return host.release(vmInstanceName);
        } catch (IOException e) {
            // Best effort, as AgentDeviceStaging.unstage.
            return false;
        }
    }
}
