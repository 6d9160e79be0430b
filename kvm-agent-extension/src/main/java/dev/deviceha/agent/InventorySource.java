package dev.deviceha.agent;

import dev.deviceha.model.inventory.DiscoveryReport;

/** Scans this host's devices; backed by the discovery package's {@code HostDeviceDiscovery}. */
@FunctionalInterface
public interface InventorySource {
    DiscoveryReport scan() throws Exception;
}
