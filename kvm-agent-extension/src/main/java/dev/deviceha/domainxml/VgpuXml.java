package dev.deviceha.domainxml;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import org.w3c.dom.Document;

/**
 * A vGPU: an mdev {@code <hostdev>}, or for NVIDIA's VF-based vGPUs the VF as a PCI {@code <hostdev managed='no'>},
 * as CloudStack attaches them: the VF must stay bound to NVIDIA's driver that holds the vGPU type.
 */
final class VgpuXml implements DeviceXmlBuilder {
    @Override
    public boolean builds(AssignedDevice device) {
        return device.tag().kind() == DeviceKind.VGPU
                && (device.backing() == DeviceBacking.MDEV_TYPE || device.backing() == DeviceBacking.NVIDIA_VGPU_VF);
    }

    @Override
    public BuiltDevice build(Document document, AssignedDevice device) {
        if (device.backing() == DeviceBacking.NVIDIA_VGPU_VF) {
            return new BuiltDevice.DeviceElement(DeviceKey.pci(HostdevCore.requireAddress(device)),
                    HostdevCore.pciHostdev(document, device.address(), false));
        }
        return new BuiltDevice.DeviceElement(DeviceKey.mdev(HostdevCore.requireMdevUuid(device)),
                HostdevCore.mdevHostdev(document, device.mdevUuid()));
    }
}
