package dev.deviceha.domainxml;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.xml.Dom;
import dev.deviceha.xml.LibvirtAddresses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads which passed-through devices a domain XML holds: PCI functions of {@code <interface type='hostdev'>} and
 * PCI {@code <hostdev>}, mdev UUIDs of mdev {@code <hostdev>} and of QEMU {@code sysfsdev=} arguments (HCT).
 * Both the attacher (the domain being started) and the host's running-domain listing (every other VM) read
 * devices here, so a device counts as held by the same rules everywhere.
 */
public final class DomainDeviceKeys {
    private static final String SYSFSDEV = "sysfsdev=";

    private DomainDeviceKeys() {
    }

    public static Set<DeviceKey> of(String domainXml) {
        return of(DomainXml.parse(domainXml));
    }

    /** As {@link #of(Document)}, telling {@code unreadable} about each entry that passes a device it cannot read. */
    public static Set<DeviceKey> of(String domainXml, Consumer<String> unreadable) {
        return of(DomainXml.parse(domainXml), unreadable);
    }

    public static Set<DeviceKey> of(Document domain) {
        return of(domain, problem -> { });
    }

    private static Set<DeviceKey> of(Document domain, Consumer<String> unreadable) {
        Element root = domain.getDocumentElement();
        if (!"domain".equals(root.getLocalName()) || root.getNamespaceURI() != null) {
            // libvirt would not take it for a domain either; reading nothing from it would show its devices free.
            throw new DomainXmlException("not a libvirt domain: root element <" + root.getTagName() + "> in namespace "
                    + InvalidValueException.quote(root.getNamespaceURI()));
        }
        Set<DeviceKey> keys = new LinkedHashSet<>();
        Element devices = Dom.child(domain.getDocumentElement(), "devices");
        if (devices != null) {
            for (Element device : Dom.children(devices)) {
                keyOf(device, unreadable).ifPresent(keys::add);
            }
        }
        for (Element argument : qemuArguments(domain.getDocumentElement())) {
            sysfsdevKeyOf(argument, unreadable).ifPresent(keys::add);
        }
        return keys;
    }

    /** The key of a {@code <devices>} child, when it passes a host device through. */
    static Optional<DeviceKey> keyOf(Element device) {
        return keyOf(device, problem -> { });
    }

    private static Optional<DeviceKey> keyOf(Element device, Consumer<String> unreadable) {
        if (device.getNamespaceURI() != null) {
            // libvirt reads its elements in no namespace only, so <x:hostdev> passes nothing to the VM.
            return Optional.empty();
        }
        String name = device.getLocalName();
        String type = device.getAttribute("type");
        boolean pci = ("interface".equals(name) || "hostdev".equals(name))
                && ("hostdev".equals(type) || "pci".equals(type));
        boolean mdev = "hostdev".equals(name) && "mdev".equals(type);
        if (!pci && !mdev) {
            return Optional.empty();
        }
        String what = "interface".equals(name) ? "hostdev interface" : type + " hostdev";
        Element address = Dom.child(Dom.child(device, "source"), "address");
        try {
            if (pci) {
                return Optional.of(DeviceKey.pci(LibvirtAddresses.pci(address)));
            }
            if (address == null) {
                throw new InvalidValueException("mdev address", null, "no <address> element");
            }
            return Optional.of(DeviceKey.mdev(MdevUuid.parse(address.getAttribute("uuid"))));
        } catch (InvalidValueException e) {
            unreadable.accept("unreadable " + what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The key of a QEMU argument that passes an mdev by its sysfs path, e.g. HCT's
     * {@code hct,sysfsdev=/sys/bus/mdev/devices/<uuid>}.
     */
    static Optional<DeviceKey> sysfsdevKeyOf(Element argument) {
        return sysfsdevKeyOf(argument, problem -> { });
    }

    private static Optional<DeviceKey> sysfsdevKeyOf(Element argument, Consumer<String> unreadable) {
        String value = argument.getAttribute("value");
        int at = value.indexOf(SYSFSDEV);
        if (at < 0) {
            return Optional.empty();
        }
        String path = value.substring(at + SYSFSDEV.length()).split(",", 2)[0];
        try {
            return Optional.of(DeviceKey.mdev(MdevUuid.parse(path.substring(path.lastIndexOf('/') + 1))));
        } catch (InvalidValueException e) {
            unreadable.accept("unreadable sysfsdev in qemu:commandline: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The {@code <qemu:arg>} elements of every {@code <qemu:commandline>} of the domain. */
    static List<Element> qemuArguments(Element domain) {
        List<Element> arguments = new ArrayList<>();
        for (Element commandline : Dom.children(domain)) {
            if (isQemu(commandline, "commandline")) {
                for (Element argument : Dom.children(commandline)) {
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
}
