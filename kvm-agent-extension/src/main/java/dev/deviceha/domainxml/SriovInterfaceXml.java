package dev.deviceha.domainxml;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An SR-IOV NIC VF as {@code <interface type='hostdev' managed='yes'>}: libvirt itself sets the VF's MAC and VLAN
 * on the PF before start and restores them after, so the guest keeps its MAC and VLAN on whichever host it runs.
 * libvirt sets nothing else on a hostdev VF (its {@code trustGuestRxFilters} is for macvtap and virtio NICs): trust
 * and spoof checking are set on the PF by {@link dev.deviceha.prepare.VfLinkSettings} when the VF is prepared.
 */
final class SriovInterfaceXml implements DeviceXmlBuilder {
    @Override
    public boolean builds(AssignedDevice device) {
        return device.tag().kind() == DeviceKind.SRIOV_VF && device.backing() == DeviceBacking.PCI_FUNCTION;
    }

    @Override
    public BuiltDevice build(Document document, AssignedDevice device) {
        if (device.mac() == null) {
            throw HostdevCore.missing(device, "a MAC address");
        }
        Element nic = HostdevCore.element(document, "interface");
        nic.setAttribute("type", "hostdev");
        nic.setAttribute("managed", "yes");
        Element mac = HostdevCore.element(document, "mac");
        mac.setAttribute("address", device.mac().value());
        nic.appendChild(mac);
        nic.appendChild(HostdevCore.pciSource(document, HostdevCore.requireAddress(device), true));
        if (device.vlan() != null) {
            Element tag = HostdevCore.element(document, "tag");
            tag.setAttribute("id", device.vlan().toString());
            Element vlan = HostdevCore.element(document, "vlan");
            vlan.appendChild(tag);
            nic.appendChild(vlan);
        }
        nic.appendChild(HostdevCore.vfioDriver(document));
        return new BuiltDevice.DeviceElement(DeviceKey.pci(device.address()), nic);
    }
}
