package dev.deviceha.command;

import com.cloud.agent.api.Answer;
import java.util.List;
import java.util.stream.Collectors;

/** Success when every device was prepared and the assignment staged; otherwise one failure per device that was not. */
public class StageDeviceAssignmentAnswer extends Answer {
    private List<DeviceFailure> failures;

    public StageDeviceAssignmentAnswer(StageDeviceAssignmentCommand command, List<DeviceFailure> failures) {
        super(command, failures.isEmpty(), describe(command, failures));
        this.failures = List.copyOf(failures);
    }

    public List<DeviceFailure> getFailures() {
        return failures;
    }

    private static String describe(StageDeviceAssignmentCommand command, List<DeviceFailure> failures) {
        String vm = command.getAssignment() == null ? "(no assignment)" : command.getAssignment().vmInstanceName();
        if (failures.isEmpty()) {
            return "devices of " + vm + " prepared and staged";
        }
        return "cannot prepare devices of " + vm + ": "
                + failures.stream().map(DeviceFailure::toString).collect(Collectors.joining("; "));
    }
}
