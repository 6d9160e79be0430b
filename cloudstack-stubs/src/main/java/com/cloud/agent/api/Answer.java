// Mirrors apache/cloudstack api/src/main/java/com/cloud/agent/api/Answer.java (4.22)
package com.cloud.agent.api;

public class Answer extends Command {
    protected boolean result;
    protected String details;

    protected Answer() {
    }

    public Answer(final Command command) {
        this(command, true, null);
    }

    public Answer(final Command command, final boolean success, final String details) {
        this.result = success;
        this.details = details;
    }

    public boolean getResult() {
        return result;
    }

    public String getDetails() {
        return details;
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }
}
