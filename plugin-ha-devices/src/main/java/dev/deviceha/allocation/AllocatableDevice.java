package dev.deviceha.allocation;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.Set;

/**
 * One inventory entry seen as units to give: a PCI function is one unit, an mdev pool {@code capacity} units.
 *
 * @param tag         the device's tag; a device without one is never allocated
 * @param allocatable present on the host, not managed by CloudStack's GPU framework, not held by anything we did
 *                    not allocate
 * @param takenSlots  slots already allocated
 */
public record AllocatableDevice(
        long deviceId,
        long hostId,
        String address,
        TagRef tag,
        DeviceBacking backing,
        String parentAddress,
        MdevTypeId type,
        Integer numaNode,
        int capacity,
        boolean allocatable,
        Set<Integer> takenSlots) {

    public AllocatableDevice {
        takenSlots = Set.copyOf(takenSlots);
    }

    /** vGPUs of one physical GPU must all be of one type: the GPU is identified by host and parent. */
    public boolean sharesGpuWithSiblings() {
        return tag != null && tag.kind() == DeviceKind.VGPU && parentAddress != null && type != null;
    }

    GpuKey gpu() {
        return new GpuKey(hostId, parentAddress);
    }

    record GpuKey(long hostId, String parentAddress) {
    }
}
