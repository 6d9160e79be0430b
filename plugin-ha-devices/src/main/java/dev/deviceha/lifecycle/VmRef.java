package dev.deviceha.lifecycle;

import java.util.Objects;

/** The VM an allocation belongs to: its database id, its UUID and its libvirt domain name (instance name). */
public record VmRef(long id, String uuid, String instanceName) {
    public VmRef {
        Objects.requireNonNull(instanceName, "instanceName");
    }
}
