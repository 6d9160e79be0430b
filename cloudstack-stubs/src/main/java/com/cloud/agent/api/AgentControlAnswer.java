// Mirrors apache/cloudstack core/src/main/java/com/cloud/agent/api/AgentControlAnswer.java (4.22)
package com.cloud.agent.api;

public class AgentControlAnswer extends Answer {
    public AgentControlAnswer() {
    }
}
