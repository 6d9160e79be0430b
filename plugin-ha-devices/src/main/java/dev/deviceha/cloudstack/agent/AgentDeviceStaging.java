package dev.deviceha.cloudstack.agent;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.exception.OperationTimedoutException;
import dev.deviceha.cloudstack.config.DeviceHaSettings;
import dev.deviceha.command.DeviceFailure;
import dev.deviceha.command.ReleaseDevicesCommand;
import dev.deviceha.command.StageDeviceAssignmentAnswer;
import dev.deviceha.command.StageDeviceAssignmentCommand;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.assignment.DeviceAssignment;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Stages a VM's devices on its host's KVM agent before the StartCommand, and asks the agent to release them where
 * the VM left. Staging fails unless the agent confirms every device: an agent without the extension answers
 * "unsupported", which must stop the start rather than let the VM run without its devices.
 */
public class AgentDeviceStaging implements DeviceAgentPort {
    private static final Logger LOG = LogManager.getLogger(AgentDeviceStaging.class);

    private final IntSupplier stageTimeoutSeconds;
    private AgentManager agents;

    public AgentDeviceStaging() {
        this(() -> (int) DeviceHaSettings.seconds(DeviceHaSettings.STAGE_TIMEOUT).toSeconds());
    }

    public AgentDeviceStaging(IntSupplier stageTimeoutSeconds) {
        this.stageTimeoutSeconds = stageTimeoutSeconds;
    }

    @Inject
    public void setAgentManager(AgentManager agents) {
        this.agents = agents;
    }

    @Override
    public void stage(long hostId, DeviceAssignment assignment) {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(assignment);
        command.setWait(stageTimeoutSeconds.getAsInt());
        Answer answer;
        try {
            answer = agents.send(hostId, command);
        } catch (AgentUnavailableException | OperationTimedoutException e) {
            throw new IllegalStateException("its agent did not answer the staging of "
                    + assignment.vmInstanceName() + ": " + e.getMessage(), e);
        }
        if (answer instanceof StageDeviceAssignmentAnswer staged && staged.getResult()) {
            LOG.debug("Host {} staged {} device(s) of {}", hostId, assignment.devices().size(),
                    assignment.vmInstanceName());
            return;
        }
        throw new IllegalStateException("device preparation failed: " + reason(answer));
    }

    /** Bounded by the staging timeout too: it runs inside a VM's stop, which must not wait on a hung agent. */
    @Override
    public boolean unstage(long hostId, String vmInstanceName) {
        ReleaseDevicesCommand command = new ReleaseDevicesCommand(vmInstanceName);
        command.setWait(stageTimeoutSeconds.getAsInt());
        Answer answer = agents.easySend(hostId, command);
        if (answer == null || !answer.getResult()) {
            LOG.debug("Host {} did not confirm releasing the devices of {}: {}", hostId, vmInstanceName,
                    answer == null ? "no answer" : answer.getDetails());
            return false;
        }
        return true;
    }

    private static String reason(Answer answer) {
        if (answer == null) {
            return "no answer";
        }
        if (!(answer instanceof StageDeviceAssignmentAnswer staged)) {
            return "the agent does not support device staging (is the Device HA agent extension installed?): "
                    + answer.getDetails();
        }
        List<DeviceFailure> failures;
        try {
            failures = staged.getFailures();
        } catch (InvalidValueException e) {
            return "the agent's answer is unreadable: " + e.getMessage();
        }
        if (failures.isEmpty()) {
            return answer.getDetails();
        }
        return failures.stream().map(DeviceFailure::toString).collect(Collectors.joining("; "));
    }
}
