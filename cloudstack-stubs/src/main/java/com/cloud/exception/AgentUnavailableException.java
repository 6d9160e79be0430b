// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/AgentUnavailableException.java (4.22)
package com.cloud.exception;

public class AgentUnavailableException extends ResourceUnavailableException {
    private static final long serialVersionUID = 1L;

    public AgentUnavailableException(String msg, long agentId) {
        super(msg, null, agentId);
    }
}
