package dev.deviceha.discovery.libvirt;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few DOM walks libvirt XML needs: direct children by name, so nested capabilities are never confused. */
final class Dom {
    private Dom() {
    }

    /** Direct child elements named {@code name}; none when {@code parent} is null, so walks can chain. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the named child, or null when absent or blank. */
    static String childText(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    /** The attribute's value, or null when absent. */
    static String attribute(Element element, String name) {
        return element != null && element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** The direct {@code <capability type='...'>} child of that type, or null. */
    static Element capability(Element parent, String type) {
        for (Element cap : children(parent, "capability")) {
            if (type.equals(cap.getAttribute("type"))) {
                return cap;
            }
        }
        return null;
    }
}
