package dev.deviceha.command;

import com.cloud.agent.api.Answer;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.assignment.DeviceAssignment;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Success when every device was prepared and the assignment staged; otherwise one failure per device that was not.
 * The failures travel as JSON text.
 */
public class StageDeviceAssignmentAnswer extends Answer {
    private String failures;

    public StageDeviceAssignmentAnswer(StageDeviceAssignmentCommand command, List<DeviceFailure> failures) {
        super(command, failures.isEmpty(), describe(command, failures));
        this.failures = PayloadJson.write(failures.toArray(DeviceFailure[]::new));
    }

    /** @throws InvalidValueException when the agent sent something that is not a failure list */
    public List<DeviceFailure> getFailures() {
        DeviceFailure[] received = PayloadJson.read(failures, DeviceFailure[].class, "device failures");
        if (received == null) {
            return List.of();
        }
        if (Arrays.asList(received).contains(null)) {
            throw new InvalidValueException("device failures", failures, "an entry is null");
        }
        return List.of(received);
    }

    private static String describe(StageDeviceAssignmentCommand command, List<DeviceFailure> failures) {
        DeviceAssignment assignment = command.getAssignment();
        String vm = assignment == null ? "(no assignment)" : assignment.vmInstanceName();
        if (failures.isEmpty()) {
            return "devices of " + vm + " prepared and staged";
        }
        return "cannot prepare devices of " + vm + ": "
                + failures.stream().map(DeviceFailure::toString).collect(Collectors.joining("; "));
    }
}
