// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/OperationTimedoutException.java (4.22)
package com.cloud.exception;

import com.cloud.agent.api.Command;

public class OperationTimedoutException extends CloudException {
    private static final long serialVersionUID = 1L;

    public OperationTimedoutException(Command[] cmds, long agentId, long seqId, int time, boolean isActive) {
        super(null);
    }
}
