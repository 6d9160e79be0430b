package com.cloud.hypervisor.kvm.resource.wrapper;

import com.cloud.agent.api.Answer;
import com.cloud.hypervisor.kvm.resource.LibvirtComputingResource;
import com.cloud.resource.CommandWrapper;
import com.cloud.resource.ResourceWrapper;
import dev.deviceha.agent.AgentProvider;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.command.ReportDevicesAnswer;
import dev.deviceha.command.ReportDevicesCommand;

/** Scans this host's devices for the management server's inventory. */
@ResourceWrapper(handles = ReportDevicesCommand.class)
public final class LibvirtReportDevicesCommandWrapper
        extends CommandWrapper<ReportDevicesCommand, Answer, LibvirtComputingResource> {
    private final AgentProvider agent;

    public LibvirtReportDevicesCommandWrapper() {
        this(DeviceHaAgent::shared);
    }

    LibvirtReportDevicesCommandWrapper(AgentProvider agent) {
        this.agent = agent;
    }

    @Override
    public Answer execute(ReportDevicesCommand command, LibvirtComputingResource resource) {
        try {
            return new ReportDevicesAnswer(command, agent.get().scan());
        } catch (Exception e) {
            logger.error("Cannot scan this host's devices", e);
            return new ReportDevicesAnswer(command, "cannot scan this host's devices: " + e.getMessage());
        }
    }
}
