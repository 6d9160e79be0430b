package dev.deviceha.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The few DOM walks libvirt XML needs: direct children, so nested elements are never confused, and by name only
 * outside any namespace, so a {@code <qemu:name>} is never taken for a {@code <name>}.
 */
public final class Dom {
    private Dom() {
    }

    /** Every direct child element; none when {@code parent} is null, so walks can chain. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Direct child elements named {@code name} in no namespace. */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (e.getNamespaceURI() == null && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first direct child element named {@code name} in no namespace, or null. */
    public static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the named child, or null when absent or blank. */
    public static String childText(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    /** The attribute's value, or null when absent. */
    public static String attribute(Element element, String name) {
        return element != null && element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
