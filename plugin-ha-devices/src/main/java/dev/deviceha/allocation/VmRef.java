package dev.deviceha.allocation;

import dev.deviceha.model.VmInstanceName;

/**
 * A CloudStack VM as allocation knows it: its database id and its instance name, which is also its libvirt domain
 * name (e.g. {@code i-2-10-VM}, by the agent's rule) and lets reconciliation recognise the VM in a host's report.
 */
public record VmRef(long id, String instanceName) {
    public VmRef {
        if (id <= 0) {
            throw new IllegalArgumentException("invalid VM id " + id + " of " + instanceName);
        }
        new VmInstanceName(instanceName);
    }
}
