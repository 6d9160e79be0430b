package dev.deviceha.domainxml;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads which passed-through devices a domain XML holds: PCI functions of {@code <interface type='hostdev'>} and
 * PCI {@code <hostdev>}, mdev UUIDs of mdev {@code <hostdev>} and of QEMU {@code hct} arguments.
 */
public final class DomainDeviceKeys {
    private DomainDeviceKeys() {
    }

    public static Set<DeviceKey> of(String domainXml) {
        return of(DomainXml.parse(domainXml));
    }

    public static Set<DeviceKey> of(Document domain) {
        Set<DeviceKey> keys = new LinkedHashSet<>();
        Element devices = child(domain.getDocumentElement(), "devices");
        if (devices != null) {
            for (Element device : children(devices)) {
                keyOf(device).ifPresent(keys::add);
            }
        }
        for (Element argument : qemuArguments(domain.getDocumentElement())) {
            hctKeyOf(argument).ifPresent(keys::add);
        }
        return keys;
    }

    /** The key of a {@code <devices>} child, when it passes a host device through. */
    static Optional<DeviceKey> keyOf(Element device) {
        String name = device.getLocalName();
        String type = device.getAttribute("type");
        Element address = child(child(device, "source"), "address");
        if (address == null) {
            return Optional.empty();
        }
        try {
            if (("interface".equals(name) || "hostdev".equals(name)) && ("hostdev".equals(type) || "pci".equals(type))
                    && address.hasAttribute("bus")) {
                return Optional.of(DeviceKey.pci(new PciAddress(
                        HostdevCore.addressNumber(address.getAttribute("domain")),
                        HostdevCore.addressNumber(address.getAttribute("bus")),
                        HostdevCore.addressNumber(address.getAttribute("slot")),
                        HostdevCore.addressNumber(address.getAttribute("function")))));
            }
            if ("hostdev".equals(name) && "mdev".equals(type)) {
                return Optional.of(DeviceKey.mdev(MdevUuid.parse(address.getAttribute("uuid"))));
            }
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The key of a QEMU argument that passes an HCT mdev, e.g. {@code hct,sysfsdev=/sys/bus/mdev/devices/<uuid>}. */
    static Optional<DeviceKey> hctKeyOf(Element argument) {
        String value = argument.getAttribute("value");
        if (!value.startsWith(HctXml.ARGUMENT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeviceKey.mdev(MdevUuid.parse(value.substring(HctXml.ARGUMENT_PREFIX.length()))));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The {@code <qemu:arg>} elements of every {@code <qemu:commandline>} of the domain. */
    static List<Element> qemuArguments(Element domain) {
        List<Element> arguments = new ArrayList<>();
        for (Element commandline : children(domain)) {
            if (isQemu(commandline, "commandline")) {
                for (Element argument : children(commandline)) {
                    if (isQemu(argument, "arg")) {
                        arguments.add(argument);
                    }
                }
            }
        }
        return arguments;
    }

    static boolean isQemu(Element element, String localName) {
        return DomainXml.QEMU_NAMESPACE.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Element element : children(parent)) {
            if (element.getNamespaceURI() == null && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
