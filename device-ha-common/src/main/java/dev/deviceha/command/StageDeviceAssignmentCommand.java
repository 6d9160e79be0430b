package dev.deviceha.command;

import com.cloud.agent.api.Command;
import dev.deviceha.model.assignment.DeviceAssignment;

/**
 * Sent right before the StartCommand of a VM that has devices on this host: the agent prepares them and stores the
 * assignment, which its domain XML transformer hook then attaches. Runs in sequence so that it lands before the start.
 * The assignment travels as JSON text ({@link PayloadJson}).
 */
public class StageDeviceAssignmentCommand extends Command {
    private String assignment;

    public StageDeviceAssignmentCommand(DeviceAssignment assignment) {
        this.assignment = PayloadJson.write(assignment);
    }

    /**
     * Null when the command carries none.
     *
     * @throws dev.deviceha.model.InvalidValueException when what it carries is not a valid assignment
     */
    public DeviceAssignment getAssignment() {
        return PayloadJson.read(assignment, DeviceAssignment.class, "device assignment");
    }

    @Override
    public boolean executeInSequence() {
        return true;
    }
}
