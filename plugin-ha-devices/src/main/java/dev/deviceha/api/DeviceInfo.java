package dev.deviceha.api;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;

/**
 * One inventory entry as the API shows it.
 *
 * @param device      what the host's agent reported
 * @param tag         null while no tag is assigned
 * @param free        neither allocated to a VM nor held on the host
 * @param allocatedTo the VM the device is allocated to, or null
 */
public record DeviceInfo(String uuid, HostRef host, HostDevice device, TagRef tag, boolean free, VmRef allocatedTo) {
}
