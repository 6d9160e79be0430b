package dev.deviceha.model.assignment;

import java.util.List;
import java.util.Objects;

/**
 * Everything one host's agent needs to prepare and attach a VM's devices: the VM (by its libvirt domain name,
 * CloudStack's instance name, e.g. {@code i-2-10-VM}) and its devices on this host.
 */
public record DeviceAssignment(String vmInstanceName, String vmUuid, List<AssignedDevice> devices) {
    public DeviceAssignment {
        Objects.requireNonNull(vmInstanceName, "vmInstanceName");
        devices = List.copyOf(devices);
    }
}
