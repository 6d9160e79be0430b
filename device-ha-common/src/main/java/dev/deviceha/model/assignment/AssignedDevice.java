package dev.deviceha.model.assignment;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.Objects;

/**
 * One concrete device the management server allocated to a VM on one host, with the identity that must survive
 * a move: the MAC and VLAN of a VF, the UUID of an mdev.
 *
 * @param address   the PCI function to pass (VF, whole device, NVIDIA vGPU VF); null for an mdev
 * @param parent    the mdev parent (a PCI address, or {@code hct}); null for a PCI function
 * @param type      the mdev type, or the NVIDIA vGPU type id to write to {@code current_vgpu_type}
 * @param mdevUuid  the mdev's UUID, fixed at the VM's first allocation
 * @param mac       the VF's MAC, fixed at the VM's first allocation
 * @param vlan      the VF's VLAN, or null for untagged
 * @param trust     VF trust setting, null to leave the host default
 * @param spoofCheck VF spoof-check setting, null to leave the host default
 */
public record AssignedDevice(
        TagRef tag,
        DeviceBacking backing,
        PciAddress address,
        String parent,
        MdevTypeId type,
        MdevUuid mdevUuid,
        MacAddress mac,
        VlanId vlan,
        Boolean trust,
        Boolean spoofCheck) {

    public AssignedDevice {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(backing, "backing");
    }
}
