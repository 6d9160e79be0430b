// Mirrors apache/cloudstack engine/components-api/src/main/java/com/cloud/agent/AgentManager.java (4.22)
package com.cloud.agent;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.exception.OperationTimedoutException;

public interface AgentManager {
    Answer easySend(Long hostId, Command cmd);

    Answer send(Long hostId, Command cmd) throws AgentUnavailableException, OperationTimedoutException;

    int registerForHostEvents(Listener listener, boolean connections, boolean commands, boolean priority);

    void unregisterForHostEvents(int id);

    boolean isAgentAttached(long hostId);
}
