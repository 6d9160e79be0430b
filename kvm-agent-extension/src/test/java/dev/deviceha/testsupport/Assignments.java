package dev.deviceha.testsupport;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.List;

/** Assignments as the management server sends them, for the VM of {@code libvirt/cloudstack-domain.xml}. */
public final class Assignments {
    public static final String VM = "i-2-10-VM";
    public static final String VM_UUID = "5d6a3c1e-0f7b-4a8e-9c41-2b1f7e9d0a11";
    public static final String VGPU_UUID = "7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a10";
    public static final String HCT_UUID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private Assignments() {
    }

    public static AssignedDevice vf(String address, String mac, Integer vlan) {
        return new AssignedDevice(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"), DeviceBacking.PCI_FUNCTION,
                PciAddress.parse(address), null, null, null, MacAddress.parse(mac),
                vlan == null ? null : new VlanId(vlan), null, null);
    }

    public static AssignedDevice vgpu(String parent, String type, String uuid) {
        return new AssignedDevice(TagRef.of(DeviceKind.VGPU, "grid-t4-1q"), DeviceBacking.MDEV_TYPE, null, parent,
                new MdevTypeId(type), new MdevUuid(uuid), null, null, null, null);
    }

    public static AssignedDevice nvidiaVfVgpu(String address, String type) {
        return new AssignedDevice(TagRef.of(DeviceKind.VGPU, "h200x-1-18c"), DeviceBacking.NVIDIA_VGPU_VF,
                PciAddress.parse(address), null, new MdevTypeId(type), null, null, null, null, null);
    }

    public static AssignedDevice hct(String uuid) {
        return new AssignedDevice(TagRef.of(DeviceKind.HCT, "sm-crypto"), DeviceBacking.MDEV_TYPE, null, "hct",
                new MdevTypeId("hct-1"), new MdevUuid(uuid), null, null, null, null);
    }

    public static AssignedDevice wholePci(String address) {
        return new AssignedDevice(TagRef.of(DeviceKind.PCI, "fpga"), DeviceBacking.PCI_FUNCTION,
                PciAddress.parse(address), null, null, null, null, null, null, null);
    }

    /** The acceptance case: two VFs with fixed MACs on VLAN 100, one vGPU and one HCT. */
    public static DeviceAssignment twoVfsVgpuAndHct() {
        return new DeviceAssignment(VM, VM_UUID, List.of(
                vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100),
                vf("0000:3b:02.1", "02:00:00:aa:bb:02", 100),
                vgpu("0000:af:00.0", "nvidia-230", VGPU_UUID),
                hct(HCT_UUID)));
    }
}
