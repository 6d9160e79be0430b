package com.cloud.hypervisor.kvm.resource.wrapper;

import com.cloud.agent.api.Answer;
import com.cloud.hypervisor.kvm.resource.LibvirtComputingResource;
import com.cloud.resource.CommandWrapper;
import com.cloud.resource.ResourceWrapper;
import dev.deviceha.agent.AgentProvider;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.command.ReleaseDevicesCommand;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.prepare.ReleaseResult;

/** Removes what the extension prepared for a VM on this host, and its staged assignment. */
@ResourceWrapper(handles = ReleaseDevicesCommand.class)
public final class LibvirtReleaseDevicesCommandWrapper
        extends CommandWrapper<ReleaseDevicesCommand, Answer, LibvirtComputingResource> {
    private final AgentProvider agent;

    public LibvirtReleaseDevicesCommandWrapper() {
        this(DeviceHaAgent::shared);
    }

    LibvirtReleaseDevicesCommandWrapper(AgentProvider agent) {
        this.agent = agent;
    }

    @Override
    public Answer execute(ReleaseDevicesCommand command, LibvirtComputingResource resource) {
        String vm = command.getVmInstanceName();
        try {
            ReleaseResult result = agent.get().release(vm);
            if (!result.succeeded()) {
                String details = "devices of " + vm + " not released: " + String.join("; ", result.failures());
                logger.warn(details);
                return new Answer(command, false, details);
            }
            return new Answer(command, true, result.released().isEmpty()
                    ? "nothing to release for " + vm
                    : "released " + String.join(", ", result.released()));
        } catch (InvalidValueException e) {
            logger.warn("Refusing to release devices: {}", e.getMessage());
            return new Answer(command, false, e.getMessage());
        } catch (Exception e) {
            logger.error("Cannot release the devices of {}", vm, e);
            return new Answer(command, false, "cannot release the devices of " + vm + ": " + e.getMessage());
        }
    }
}
