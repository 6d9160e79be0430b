package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.discovery.scan.PciIds;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.xml.Dom;
import dev.deviceha.xml.LibvirtAddresses;
import dev.deviceha.xml.MalformedXmlException;
import dev.deviceha.xml.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * Reads the node-device XML {@code virsh nodedev-dumpxml} prints. A device's identity (its PCI address, an mdev's
 * UUID and type) must parse or the device is rejected; a bad optional fact (NUMA node, an id, one VF address)
 * becomes a warning and is left out.
 */
public final class NodeDeviceXml {
    private static final String MDEV_NAME_PREFIX = "mdev_";
    private static final int UUID_LENGTH = 36;

    private NodeDeviceXml() {
    }

    public static PciNodeDevice parsePci(String xml, Warnings warnings) throws MalformedXmlException {
        Element device = root(xml);
        String name = requiredText(device, "name");
        Element pci = requiredCapability(device, name, "pci");
        PciAddress address;
        try {
            address = new PciAddress(element(pci, "domain"), element(pci, "bus"), element(pci, "slot"),
                    element(pci, "function"));
        } catch (InvalidValueException e) {
            throw new MalformedXmlException("node device " + InvalidValueException.quote(name) + ": " + e.getMessage());
        }
        Facts facts = new Facts("PCI " + address, warnings);
        Element product = Dom.child(pci, "product");
        Element vendor = Dom.child(pci, "vendor");
        Element physFunction = capability(pci, "phys_function");
        return new PciNodeDevice(
                name,
                address,
                facts.optional(Dom.childText(pci, "class"), PciIds::classCode),
                facts.optional(Dom.attribute(vendor, "id"), PciIds::id),
                facts.optional(Dom.attribute(product, "id"), PciIds::id),
                Dom.childText(pci, "vendor"),
                Dom.childText(pci, "product"),
                Dom.childText(Dom.child(device, "driver"), "name"),
                facts.optional(Dom.attribute(Dom.child(pci, "numa"), "node"),
                        v -> LibvirtAddresses.number("NUMA node", v)),
                facts.optional(Dom.attribute(Dom.child(pci, "iommuGroup"), "number"),
                        v -> LibvirtAddresses.number("IOMMU group", v)),
                physFunction == null ? null
                        : facts.optional(Dom.child(physFunction, "address"), LibvirtAddresses::pci),
                virtFunctions(capability(pci, "virt_functions"), facts),
                mdevTypes(capability(pci, "mdev_types"), facts));
    }

    /** An existing mdev; its UUID comes from {@code <uuid>} or, in older libvirt, from the device name. */
    public static MdevNodeDevice parseMdev(String xml) throws MalformedXmlException {
        Element device = root(xml);
        String name = requiredText(device, "name");
        Element mdev = requiredCapability(device, name, "mdev");
        try {
            String uuid = Dom.childText(mdev, "uuid");
            int uuidEnd = MDEV_NAME_PREFIX.length() + UUID_LENGTH;
            if (uuid == null && name.startsWith(MDEV_NAME_PREFIX) && name.length() >= uuidEnd) {
                uuid = name.substring(MDEV_NAME_PREFIX.length(), uuidEnd).replace('_', '-');
            }
            return new MdevNodeDevice(MdevUuid.parse(uuid), Dom.childText(device, "parent"),
                    MdevTypeId.parse(Dom.attribute(Dom.child(mdev, "type"), "id")));
        } catch (InvalidValueException e) {
            throw new MalformedXmlException(
                    "mdev node device " + InvalidValueException.quote(name) + ": " + e.getMessage());
        }
    }

    private static List<PciAddress> virtFunctions(Element capability, Facts facts) {
        List<PciAddress> out = new ArrayList<>();
        if (capability != null) {
            for (Element address : Dom.children(capability, "address")) {
                PciAddress vf = facts.optional(address, LibvirtAddresses::pci);
                if (vf != null) {
                    out.add(vf);
                }
            }
        }
        return out;
    }

    private static List<MdevType> mdevTypes(Element capability, Facts facts) {
        List<MdevType> out = new ArrayList<>();
        if (capability != null) {
            for (Element type : Dom.children(capability, "type")) {
                MdevTypeId id = facts.optional(Dom.attribute(type, "id"), MdevTypeId::parse);
                Integer available = facts.optional(Dom.childText(type, "availableInstances"),
                        v -> LibvirtAddresses.number("available instances", v));
                if (id != null && available != null) {
                    out.add(new MdevType(id, Dom.childText(type, "name"), Dom.childText(type, "deviceAPI"), available));
                }
            }
        }
        return out;
    }

    private static Element root(String xml) throws MalformedXmlException {
        Element root = SafeXml.parse(xml).getDocumentElement();
        if (!"device".equals(root.getTagName())) {
            throw new MalformedXmlException(
                    "expected <device>, found <" + InvalidValueException.quote(root.getTagName()) + ">");
        }
        return root;
    }

    private static String requiredText(Element parent, String name) throws MalformedXmlException {
        String text = Dom.childText(parent, name);
        if (text == null) {
            throw new MalformedXmlException("node device without <" + name + ">");
        }
        return text;
    }

    private static int element(Element pci, String name) {
        return LibvirtAddresses.number("PCI " + name, Dom.childText(pci, name));
    }

    private static Element requiredCapability(Element device, String name, String type) throws MalformedXmlException {
        Element capability = capability(device, type);
        if (capability == null) {
            throw new MalformedXmlException(
                    "node device " + InvalidValueException.quote(name) + " has no " + type + " capability");
        }
        return capability;
    }

    /** The direct {@code <capability type='...'>} child of that type, or null. */
    private static Element capability(Element parent, String type) {
        for (Element cap : Dom.children(parent, "capability")) {
            if (type.equals(cap.getAttribute("type"))) {
                return cap;
            }
        }
        return null;
    }

    /** Parses optional facts of one device, turning a bad value into a warning and a null. */
    private record Facts(String subject, Warnings warnings) {
        <S, T> T optional(S raw, Function<S, T> parser) {
            if (raw == null) {
                return null;
            }
            try {
                return parser.apply(raw);
            } catch (InvalidValueException e) {
                warnings.add(subject, "libvirt: " + e.getMessage());
                return null;
            }
        }
    }
}
