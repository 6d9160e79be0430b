package dev.deviceha.agent;

/** Where the agent's device inventory comes from; the discovery package's scanner plugs in here. */
final class HostInventory {
    private HostInventory() {
    }

    static InventorySource source(AgentSettings settings) {
        return () -> {
            throw new IllegalStateException("host device discovery is not part of this build");
        };
    }
}
