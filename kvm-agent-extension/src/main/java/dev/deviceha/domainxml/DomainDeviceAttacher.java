package dev.deviceha.domainxml;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.xml.Dom;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds an assignment's devices to a full domain XML, as CloudStack's agent built it. Applying it twice gives the
 * same domain: an element for a device the assignment holds replaces any earlier one for that device.
 */
public final class DomainDeviceAttacher {
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private final DeviceXmlFactory factory = new DeviceXmlFactory();

    public String attach(String domainXml, DeviceAssignment assignment) {
        Document document = DomainXml.parse(domainXml);
        Element domain = document.getDocumentElement();
        requireDomainOf(domain, assignment.vmInstanceName());
        Element devices = Dom.child(domain, "devices");
        if (devices == null) {
            throw new DomainXmlException("domain " + assignment.vmInstanceName() + " has no <devices> element");
        }

        List<BuiltDevice> built = factory.build(document, assignment.devices());
        Set<DeviceKey> keys = built.stream().map(BuiltDevice::key).collect(Collectors.toSet());
        removeEarlierElements(devices, keys);
        removeEarlierQemuDevices(domain, keys);
        for (BuiltDevice device : built) {
            if (device instanceof BuiltDevice.DeviceElement element) {
                devices.appendChild(element.element());
            } else if (device instanceof BuiltDevice.QemuDevice qemu) {
                appendQemuDevice(domain, qemu.deviceArgument());
            }
        }

        Set<DeviceKey> present = DomainDeviceKeys.of(document);
        if (!present.containsAll(keys)) {
            keys.removeAll(present);
            throw new DomainXmlException("devices missing from the built domain of " + assignment.vmInstanceName()
                    + ": " + keys);
        }
        return DomainXml.write(document);
    }

    private static void requireDomainOf(Element domain, String vmInstanceName) {
        if (!"domain".equals(domain.getLocalName()) || domain.getNamespaceURI() != null) {
            throw new DomainXmlException("not a libvirt domain: root element <" + domain.getTagName() + ">");
        }
        Element name = Dom.child(domain, "name");
        String actual = name == null ? null : name.getTextContent().trim();
        if (!vmInstanceName.equals(actual)) {
            throw new DomainXmlException("the domain is " + InvalidValueException.quote(actual)
                    + ", the assignment is for " + InvalidValueException.quote(vmInstanceName));
        }
    }

    private static void removeEarlierElements(Element devices, Set<DeviceKey> keys) {
        for (Element device : Dom.children(devices)) {
            if (DomainDeviceKeys.keyOf(device).filter(keys::contains).isPresent()) {
                devices.removeChild(device);
            }
        }
    }

    /** Removes {@code -device hct,...} argument pairs for the assignment's HCT mdevs. */
    private static void removeEarlierQemuDevices(Element domain, Set<DeviceKey> keys) {
        for (Element argument : DomainDeviceKeys.qemuArguments(domain)) {
            if (DomainDeviceKeys.sysfsdevKeyOf(argument).filter(keys::contains).isPresent()) {
                Element commandline = (Element) argument.getParentNode();
                List<Element> siblings = Dom.children(commandline);
                int index = siblings.indexOf(argument);
                if (index > 0 && "-device".equals(siblings.get(index - 1).getAttribute("value"))) {
                    commandline.removeChild(siblings.get(index - 1));
                }
                commandline.removeChild(argument);
            }
        }
    }

    private static void appendQemuDevice(Element domain, String deviceArgument) {
        Element commandline = qemuCommandline(domain);
        commandline.appendChild(qemuArgument(commandline, "-device"));
        commandline.appendChild(qemuArgument(commandline, deviceArgument));
    }

    private static Element qemuCommandline(Element domain) {
        for (Element child : Dom.children(domain)) {
            if (DomainDeviceKeys.isQemu(child, "commandline")) {
                return child;
            }
        }
        String prefix = domain.lookupPrefix(DomainXml.QEMU_NAMESPACE);
        if (prefix == null) {
            if (domain.lookupNamespaceURI("qemu") != null) {
                throw new DomainXmlException("the domain binds prefix qemu to another namespace");
            }
            domain.setAttributeNS(XMLNS, "xmlns:qemu", DomainXml.QEMU_NAMESPACE);
            prefix = "qemu";
        }
        Element commandline = domain.getOwnerDocument().createElementNS(DomainXml.QEMU_NAMESPACE,
                prefix + ":commandline");
        domain.appendChild(commandline);
        return commandline;
    }

    private static Element qemuArgument(Element commandline, String value) {
        String prefix = commandline.getPrefix();
        Element argument = commandline.getOwnerDocument().createElementNS(DomainXml.QEMU_NAMESPACE,
                prefix == null ? "arg" : prefix + ":arg");
        argument.setAttribute("value", value);
        return argument;
    }
}
