package dev.deviceha.drill.cloudstack;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.prepare.PreparationFailure;

/**
 * Stands in for AgentManager.send of the plugin's StageDeviceAssignmentCommand and ReleaseDevicesCommand: the
 * command reaches the host's agent directly, as the agent's command wrappers would hand it on. Remembers what each
 * VM was last staged with, for the drill's report.
 */
public final class AgentCommands implements DeviceAgentPort {
    private static final Logger LOG = LogManager.getLogger(AgentCommands.class);

    private final Map<Long, SimulatedHost> hosts;
    private final Map<String, DeviceAssignment> lastStaged = new HashMap<>();

    public AgentCommands(List<SimulatedHost> hosts) {
        this.hosts = hosts.stream().collect(Collectors.toMap(SimulatedHost::id, host -> host));
    }

    @Override
    public void stage(long hostId, DeviceAssignment assignment) {
        SimulatedHost host = hosts.get(hostId);
        List<PreparationFailure> failures;
        try {
            failures = host.stage(assignment);
        } catch (IOException e) {
            throw new IllegalStateException("host " + host.name() + " did not answer: " + e.getMessage(), e);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("host " + host.name() + " could not prepare " + failures);
        }
        lastStaged.put(assignment.vmInstanceName(), assignment);
    }

    /** Best effort, as in the plugin: a dead host cannot answer, and its devices go with it. */
    @Override
    public boolean unstage(long hostId, String vmInstanceName) {
        SimulatedHost host = hosts.get(hostId);
        if (!host.isUp()) {
            return false;
        }
        try {
            host.release(vmInstanceName);
            return true;
        } catch (IOException e) {
            // Like the plugin's agent port: a failed unstage never fails the stop.
            LOG.warn("Could not release the devices of {} on {}: {}", vmInstanceName, host.name(), e.getMessage());
            return false;
        }
    }

    public Optional<DeviceAssignment> lastStaged(String vmInstanceName) {
        return Optional.ofNullable(lastStaged.get(vmInstanceName));
    }
}
