package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import java.util.Set;

/** A domain running on this host and the passed-through devices it holds. */
public record RunningDomain(String name, Set<DeviceKey> devices) {
    public RunningDomain {
        devices = Set.copyOf(devices);
    }
}
