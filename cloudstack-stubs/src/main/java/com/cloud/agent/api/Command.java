// Mirrors apache/cloudstack api/src/main/java/com/cloud/agent/api/Command.java (4.22)
package com.cloud.agent.api;

public abstract class Command {
    private int wait;

    protected Command() {
    }

    public abstract boolean executeInSequence();

    public int getWait() {
        return wait;
    }

    public void setWait(int wait) {
        this.wait = wait;
    }
}
