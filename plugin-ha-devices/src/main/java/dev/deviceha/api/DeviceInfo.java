package dev.deviceha.api;

import dev.deviceha.inventory.DeviceState;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;

/**
 * One inventory entry as the API shows it.
 *
 * @param device            what the host's agent last reported
 * @param state             whether the host still reports it
 * @param tag               null while no tag is assigned
 * @param cloudStackManaged a GPU that CloudStack's own GPU framework manages; never allocated by the plugin
 * @param free              the plugin could allocate (a unit of) it now
 * @param allocatedUnits    units allocated to VMs: instances of an mdev type, else 0 or 1
 * @param allocatedTo       the VM the device (its first allocated unit) is allocated to, or null
 */
public record DeviceInfo(String uuid, HostRef host, HostDevice device, DeviceState state, TagRef tag,
        boolean cloudStackManaged, boolean free, int allocatedUnits, VmRef allocatedTo) {
}
