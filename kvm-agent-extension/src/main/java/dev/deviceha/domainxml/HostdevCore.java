package dev.deviceha.domainxml;

import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.AssignedDevice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The host-device elements every family shares: PCI source addresses, PCI and mdev {@code <hostdev>}. */
final class HostdevCore {
    private HostdevCore() {
    }

    /** {@code <source><address domain= bus= slot= function=/></source>}, with {@code type='pci'} when asked. */
    static Element pciSource(Document document, PciAddress address, boolean typed) {
        Element addressElement = HostdevCore.element(document, "address");
        if (typed) {
            addressElement.setAttribute("type", "pci");
        }
        addressElement.setAttribute("domain", String.format("0x%04x", address.domain()));
        addressElement.setAttribute("bus", String.format("0x%02x", address.bus()));
        addressElement.setAttribute("slot", String.format("0x%02x", address.slot()));
        addressElement.setAttribute("function", String.format("0x%x", address.function()));
        Element source = HostdevCore.element(document, "source");
        source.appendChild(addressElement);
        return source;
    }

    static Element pciHostdev(Document document, PciAddress address, boolean managed) {
        Element hostdev = HostdevCore.element(document, "hostdev");
        hostdev.setAttribute("mode", "subsystem");
        hostdev.setAttribute("type", "pci");
        hostdev.setAttribute("managed", managed ? "yes" : "no");
        if (managed) {
            hostdev.appendChild(vfioDriver(document));
        }
        hostdev.appendChild(pciSource(document, address, false));
        return hostdev;
    }

    static Element mdevHostdev(Document document, MdevUuid uuid) {
        Element hostdev = HostdevCore.element(document, "hostdev");
        hostdev.setAttribute("mode", "subsystem");
        hostdev.setAttribute("type", "mdev");
        hostdev.setAttribute("model", "vfio-pci");
        hostdev.setAttribute("display", "off");
        Element address = HostdevCore.element(document, "address");
        address.setAttribute("uuid", uuid.value());
        Element source = HostdevCore.element(document, "source");
        source.appendChild(address);
        hostdev.appendChild(source);
        return hostdev;
    }

    /** A namespace-less element, as libvirt's own elements are; DOM gives it a local name only when made this way. */
    static Element element(Document document, String name) {
        return document.createElementNS(null, name);
    }

    static Element vfioDriver(Document document) {
        Element driver = HostdevCore.element(document, "driver");
        driver.setAttribute("name", "vfio");
        return driver;
    }

    static PciAddress requireAddress(AssignedDevice device) {
        if (device.address() == null) {
            throw missing(device, "a PCI address");
        }
        return device.address();
    }

    static MdevUuid requireMdevUuid(AssignedDevice device) {
        if (device.mdevUuid() == null) {
            throw missing(device, "an mdev UUID");
        }
        return device.mdevUuid();
    }

    static DomainXmlException missing(AssignedDevice device, String what) {
        return new DomainXmlException("device " + device.tag() + " (" + device.backing() + ") has no " + what);
    }
}
