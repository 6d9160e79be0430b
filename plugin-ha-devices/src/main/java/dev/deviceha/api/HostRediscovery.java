package dev.deviceha.api;

import dev.deviceha.service.InventorySyncResult;

/** Port to a fresh scan of one host's devices through its agent. */
public interface HostRediscovery {

    /** @throws IllegalStateException when the host's agent cannot report now */
    InventorySyncResult rediscover(long hostId);
}
