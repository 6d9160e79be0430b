// Mirrors apache/cloudstack core/src/main/java/com/cloud/agent/api/StartupCommand.java (4.22)
package com.cloud.agent.api;

import com.cloud.host.Host;

public class StartupCommand extends Command {
    public StartupCommand(Host.Type type) {
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }
}
