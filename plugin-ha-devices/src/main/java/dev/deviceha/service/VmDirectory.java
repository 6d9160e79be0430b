package dev.deviceha.service;

import java.util.Optional;

/** Port to CloudStack's VM records: what the plugin's services need to know of a VM, by its database id. */
public interface VmDirectory {

    /** The VM, also when stopped; empty when it does not exist (any more). */
    Optional<VmFacts> find(long vmId);
}
