package dev.deviceha.command;

import com.cloud.agent.api.Command;

/**
 * Removes what the agent prepared for a VM (the mdevs it created, the vGPU types it set) and its staged assignment.
 * Answered with a plain {@link com.cloud.agent.api.Answer}; releasing a VM with nothing prepared succeeds.
 */
public class ReleaseDevicesCommand extends Command {
    private String vmInstanceName;

    public ReleaseDevicesCommand(String vmInstanceName) {
        this.vmInstanceName = vmInstanceName;
    }

    public String getVmInstanceName() {
        return vmInstanceName;
    }

    @Override
    public boolean executeInSequence() {
        return true;
    }
}
