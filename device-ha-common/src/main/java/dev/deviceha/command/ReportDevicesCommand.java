package dev.deviceha.command;

import com.cloud.agent.api.Command;

/** Asks a KVM host's agent for its current device inventory. Read-only, so it may run beside other commands. */
public class ReportDevicesCommand extends Command {
    public ReportDevicesCommand() {
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }
}
