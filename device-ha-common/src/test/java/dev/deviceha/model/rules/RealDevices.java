package dev.deviceha.model.rules;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.util.UUID;

/** Inventory entries as the agent reports them on a trading host with E810 and ConnectX-6 NICs, an NVMe and HCT. */
final class RealDevices {
    static final HostContext HOST_A = new HostContext(
            UUID.fromString("6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b10"), UUID.fromString("c1a55e00-0000-4000-8000-00000000000a"));
    static final HostContext HOST_B = new HostContext(
            UUID.fromString("0a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), UUID.fromString("c1a55e00-0000-4000-8000-00000000000b"));

    private RealDevices() {
    }

    /** Intel E810-XXV (8086:159b) port ens1f0, VF 8086:1889 ("Ethernet Adaptive Virtual Function"). */
    static HostDevice e810Vf(int index) {
        return HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:3b:01." + index)
                .parentAddress("0000:3b:00.0").vfIndex(index).vendorId("0x8086").productId("0x1889")
                .netdev("ens1f0").numaNode(0).driver("vfio-pci").iommuGroup(60 + index).build();
    }

    /** Mellanox ConnectX-6 Dx (15b3:101d) port ens2f0np0, VF 15b3:101e, bound to mlx5_core. */
    static HostDevice cx6Vf(int index) {
        return HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:af:00." + (index + 2))
                .parentAddress("0000:af:00.0").vfIndex(index).vendorId("0x15b3").productId("0x101e")
                .netdev("ens2f0np0").numaNode(1).driver("mlx5_core").iommuGroup(90 + index).build();
    }

    /** Samsung PM9A3 NVMe (144d:a80a); the agent claims no kind for it. */
    static HostDevice nvme() {
        return HostDevice.builder(null, DeviceBacking.PCI_FUNCTION, "0000:5e:00.0")
                .vendorId("0x144d").productId("0xa80a").numaNode(0).driver("nvme").iommuGroup(40).build();
    }

    /** The Hygon CCP (1d94:1468) as an HCT mdev pool on the virtual parent {@code hct}. */
    static HostDevice hygonCcp() {
        return HostDevice.builder(DeviceKind.HCT, DeviceBacking.MDEV_TYPE, "hct/hct-1")
                .parentAddress("hct").vendorId("0x1d94").productId("0x1468").driver("hct")
                .type(MdevTypeId.parse("hct-1")).profileName("hct mdev type")
                .availableInstances(1024).totalInstances(1024).build();
    }
}
