package dev.deviceha.inventory;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;

/**
 * An inventory entry as stored: the device as last reported, plus what only the management server knows.
 *
 * @param tag                the tag given by a rule, an admin, or generated for a vGPU profile; null when none
 * @param cloudstackManaged  CloudStack's own GPU framework manages it, so this plugin must never allocate it
 */
public record StoredDevice(long id, HostDevice device, DeviceState state, TagRef tag, boolean cloudstackManaged) {
    public String address() {
        return device.address();
    }
}
