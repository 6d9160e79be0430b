package dev.deviceha.agent;

import java.io.IOException;

/** Gives the command wrappers their agent: the shared one in the CloudStack agent, a test one in tests. */
@FunctionalInterface
public interface AgentProvider {
    DeviceHaAgent get() throws IOException;
}
