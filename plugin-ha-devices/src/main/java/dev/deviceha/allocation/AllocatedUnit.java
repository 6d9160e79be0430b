package dev.deviceha.allocation;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;

/**
 * One unit held by a VM: a PCI function ({@code slot} 0), or one instance slot of an mdev pool.
 *
 * @param address       the inventory entry's key on the host (PCI address, or {@code <parent>/<type>} for a pool)
 * @param tag           the tag the VM asked for
 * @param deviceMissing the host no longer reports the device
 */
public record AllocatedUnit(
        long vmId,
        String vmInstanceName,
        long hostId,
        long deviceId,
        String address,
        int slot,
        TagRef tag,
        DeviceBacking backing,
        String parentAddress,
        MdevTypeId type,
        Integer numaNode,
        boolean deviceMissing) {
}
