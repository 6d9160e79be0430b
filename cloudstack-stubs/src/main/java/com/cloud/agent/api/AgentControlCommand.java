// Mirrors apache/cloudstack core/src/main/java/com/cloud/agent/api/AgentControlCommand.java (4.22)
package com.cloud.agent.api;

public class AgentControlCommand extends Command {
    public AgentControlCommand() {
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }
}
