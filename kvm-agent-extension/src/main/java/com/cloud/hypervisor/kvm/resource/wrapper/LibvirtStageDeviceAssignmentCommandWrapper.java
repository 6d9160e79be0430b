package com.cloud.hypervisor.kvm.resource.wrapper;

import com.cloud.agent.api.Answer;
import com.cloud.hypervisor.kvm.resource.LibvirtComputingResource;
import com.cloud.resource.CommandWrapper;
import com.cloud.resource.ResourceWrapper;
import dev.deviceha.agent.AgentProvider;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.command.DeviceFailure;
import dev.deviceha.command.StageDeviceAssignmentCommand;
import dev.deviceha.command.StageDeviceAssignmentAnswer;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.prepare.PreparationFailure;
import java.util.List;

/** Prepares a VM's devices on this host and stages its assignment for the domain XML transformer hook. */
@ResourceWrapper(handles = StageDeviceAssignmentCommand.class)
public final class LibvirtStageDeviceAssignmentCommandWrapper
        extends CommandWrapper<StageDeviceAssignmentCommand, Answer, LibvirtComputingResource> {
    private final AgentProvider agent;

    public LibvirtStageDeviceAssignmentCommandWrapper() {
        this(DeviceHaAgent::shared);
    }

    LibvirtStageDeviceAssignmentCommandWrapper(AgentProvider agent) {
        this.agent = agent;
    }

    @Override
    public Answer execute(StageDeviceAssignmentCommand command, LibvirtComputingResource resource) {
        DeviceAssignment assignment;
        try {
            assignment = command.getAssignment();
        } catch (InvalidValueException e) {
            logger.warn("Refusing to stage devices: {}", e.getMessage());
            return new Answer(command, false, e.getMessage());
        }
        if (assignment == null) {
            return new Answer(command, false, "the command carries no device assignment");
        }
        try {
            List<DeviceFailure> failures = agent.get().stage(assignment).stream()
                    .map(LibvirtStageDeviceAssignmentCommandWrapper::toDeviceFailure).toList();
            StageDeviceAssignmentAnswer answer = new StageDeviceAssignmentAnswer(command, failures);
            if (failures.isEmpty()) {
                logger.info("Staged {} device(s) for {}", assignment.devices().size(), assignment.vmInstanceName());
            } else {
                logger.warn(answer.getDetails());
            }
            return answer;
        } catch (Exception e) {
            if (e instanceof InvalidValueException) {
                logger.warn("Refusing to stage devices: {}", e.getMessage());
            } else {
                logger.error("Cannot stage the devices of {}", assignment.vmInstanceName(), e);
            }
            List<DeviceFailure> failures = assignment.devices().stream()
                    .map(device -> failureOf(device, e.getMessage())).toList();
            return new StageDeviceAssignmentAnswer(command, failures);
        }
    }

    private static DeviceFailure toDeviceFailure(PreparationFailure failure) {
        return new DeviceFailure(failure.device().tag(), failure.deviceName(), failure.reason());
    }

    private static DeviceFailure failureOf(AssignedDevice device, String reason) {
        return toDeviceFailure(new PreparationFailure(device, reason));
    }
}
