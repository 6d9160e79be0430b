package dev.deviceha.service;

import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.rules.HostContext;
import java.util.Objects;

/** A host whose report is applied: its database ids, and its UUIDs for host- and cluster-scoped tag rules. */
public record SyncedHost(HostRef ref, HostContext context) {
    public SyncedHost {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(context, "context");
    }
}
