package dev.deviceha.domainxml;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import org.w3c.dom.Document;

/** A whole PCI device as a managed PCI {@code <hostdev>}: libvirt binds it to vfio-pci for the VM's lifetime. */
final class PciPassthroughXml implements DeviceXmlBuilder {
    @Override
    public boolean builds(AssignedDevice device) {
        return device.tag().kind() == DeviceKind.PCI && device.backing() == DeviceBacking.PCI_FUNCTION;
    }

    @Override
    public BuiltDevice build(Document document, AssignedDevice device) {
        return new BuiltDevice.DeviceElement(DeviceKey.pci(HostdevCore.requireAddress(device)),
                HostdevCore.pciHostdev(document, device.address(), true));
    }
}
