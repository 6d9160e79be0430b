package dev.deviceha.cloudstack.release;

import java.util.Set;

/** The GPUs of a host that CloudStack's own GPU framework manages (4.21+), which the plugin must never hand out. */
@FunctionalInterface
public interface ManagedGpus {
    /** What a release without the GPU framework (4.20) has: no managed GPU anywhere. */
    ManagedGpus NONE = hostId -> Set.of();

    /** Bus addresses as CloudStack stores them (with or without the PCI domain, any case). */
    Set<String> busAddresses(long hostId);
}
