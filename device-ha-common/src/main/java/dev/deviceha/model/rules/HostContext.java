package dev.deviceha.model.rules;

import java.util.Objects;
import java.util.UUID;

/** Where a device sits, for rules scoped to a host or a cluster: CloudStack's host and cluster UUIDs. */
public record HostContext(UUID hostUuid, UUID clusterUuid) {
    public HostContext {
        Objects.requireNonNull(hostUuid, "hostUuid");
        Objects.requireNonNull(clusterUuid, "clusterUuid");
    }
}
