package dev.deviceha.service;

import java.util.Objects;

/**
 * A CloudStack VM as the plugin's services see it.
 *
 * @param instanceName the libvirt domain name, e.g. {@code i-2-10-VM}
 * @param hostId       the host it runs on (or is starting on), null when it has none
 */
public record VmFacts(long id, String uuid, String name, String instanceName, long zoneId, long serviceOfferingId,
        long accountId, Long hostId) {
    public VmFacts {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(instanceName, "instanceName");
    }
}
