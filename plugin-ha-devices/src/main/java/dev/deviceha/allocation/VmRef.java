package dev.deviceha.allocation;

import java.util.Objects;

/**
 * A CloudStack VM as allocation knows it: its database id and its instance name, which is also its libvirt domain
 * name (e.g. {@code i-2-10-VM}) and lets reconciliation recognise the VM in a host's report.
 */
public record VmRef(long id, String instanceName) {
    public VmRef {
        Objects.requireNonNull(instanceName, "instanceName");
        if (id <= 0 || instanceName.isBlank() || instanceName.length() > 255) {
            throw new IllegalArgumentException("invalid VM reference " + id + "/" + instanceName);
        }
    }
}
