package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.xml.MalformedXmlException;
import dev.deviceha.xml.SafeXml;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds the host devices a domain holds: {@code <hostdev type='pci'>}, {@code <interface type='hostdev'>},
 * {@code <hostdev type='mdev'>}, and HCT mdevs, which reach QEMU only as
 * {@code <qemu:arg value='hct,sysfsdev=/sys/bus/mdev/devices/<uuid>'/>}.
 */
final class DomainXml {
    static final String QEMU_NAMESPACE = "http://libvirt.org/schemas/domain/qemu/1.0";
    private static final String SYSFSDEV = "sysfsdev=";

    private DomainXml() {
    }

    static void collectUse(String domainName, String xml, DomainDeviceUse use, Warnings warnings)
            throws MalformedXmlException {
        Document doc = SafeXml.parse(xml);
        String subject = "domain " + InvalidValueException.quote(domainName);
        forEach(doc.getElementsByTagName("hostdev"), hostdev -> {
            Element source = Dom.child(hostdev, "source");
            String type = hostdev.getAttribute("type");
            try {
                if ("pci".equals(type)) {
                    use.addPci(LibvirtAddresses.pci(Dom.child(source, "address")), domainName);
                } else if ("mdev".equals(type)) {
                    use.addMdev(MdevUuid.parse(Dom.attribute(Dom.child(source, "address"), "uuid")), domainName);
                }
            } catch (InvalidValueException e) {
                warnings.add(subject, "unreadable " + type + " hostdev: " + e.getMessage());
            }
        });
        forEach(doc.getElementsByTagName("interface"), iface -> {
            if ("hostdev".equals(iface.getAttribute("type"))) {
                try {
                    use.addPci(LibvirtAddresses.pci(Dom.child(Dom.child(iface, "source"), "address")), domainName);
                } catch (InvalidValueException e) {
                    warnings.add(subject, "unreadable hostdev interface: " + e.getMessage());
                }
            }
        });
        forEach(doc.getElementsByTagNameNS(QEMU_NAMESPACE, "arg"), arg -> {
            String value = arg.getAttribute("value");
            int at = value.indexOf(SYSFSDEV);
            if (at >= 0) {
                String path = value.substring(at + SYSFSDEV.length()).split(",", 2)[0];
                try {
                    use.addMdev(MdevUuid.parse(path.substring(path.lastIndexOf('/') + 1)), domainName);
                } catch (InvalidValueException e) {
                    warnings.add(subject, "unreadable sysfsdev in qemu:commandline: " + e.getMessage());
                }
            }
        });
    }

    private static void forEach(NodeList nodes, Consumer<Element> action) {
        for (int i = 0; i < nodes.getLength(); i++) {
            action.accept((Element) nodes.item(i));
        }
    }
}
