package dev.deviceha.command;

import com.cloud.agent.api.Command;
import dev.deviceha.model.assignment.DeviceAssignment;

/**
 * Sent right before the StartCommand of a VM that has devices on this host: the agent prepares them and stores the
 * assignment, which its domain XML transformer hook then attaches. Runs in sequence so that it lands before the start.
 */
public class StageDeviceAssignmentCommand extends Command {
    private DeviceAssignment assignment;

    public StageDeviceAssignmentCommand(DeviceAssignment assignment) {
        this.assignment = assignment;
    }

    public DeviceAssignment getAssignment() {
        return assignment;
    }

    @Override
    public boolean executeInSequence() {
        return true;
    }
}
