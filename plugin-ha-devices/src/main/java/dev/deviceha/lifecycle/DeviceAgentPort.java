package dev.deviceha.lifecycle;

import dev.deviceha.model.assignment.DeviceAssignment;

/** Port to the KVM agents: what a host must prepare for a VM before CloudStack sends it the StartCommand. */
public interface DeviceAgentPort {

    /** Hands the host the VM's concrete devices; throws when the host does not confirm. */
    void stage(long hostId, DeviceAssignment assignment);

    /**
     * Tells the host to undo what it prepared for the VM; must not throw when the host is unreachable (dead).
     *
     * @return whether the host confirmed it
     */
    boolean unstage(long hostId, String vmInstanceName);
}
