// Mirrors apache/cloudstack engine/components-api/src/main/java/com/cloud/agent/Listener.java (4.22)
package com.cloud.agent;

import com.cloud.agent.api.AgentControlAnswer;
import com.cloud.agent.api.AgentControlCommand;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.agent.api.StartupCommand;
import com.cloud.exception.ConnectionException;
import com.cloud.host.Host;
import com.cloud.host.Status;

public interface Listener {
    boolean processAnswers(long agentId, long seq, Answer[] answers);

    boolean processCommands(long agentId, long seq, Command[] commands);

    AgentControlAnswer processControlCommand(long agentId, AgentControlCommand cmd);

    void processHostAdded(long hostId);

    void processConnect(Host host, StartupCommand cmd, boolean forRebalance) throws ConnectionException;

    boolean processDisconnect(long agentId, Status state);

    void processHostAboutToBeRemoved(long hostId);

    void processHostRemoved(long hostId, long clusterId);

    boolean isRecurring();

    int getTimeout();

    boolean processTimeout(long agentId, long seq);
}
