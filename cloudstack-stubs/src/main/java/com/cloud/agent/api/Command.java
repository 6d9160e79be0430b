// Mirrors apache/cloudstack api/src/main/java/com/cloud/agent/api/Command.java (4.22)
package com.cloud.agent.api;

public abstract class Command {
    protected Command() {
    }

    public abstract boolean executeInSequence();
}
