package dev.deviceha.domainxml;

import dev.deviceha.xml.MalformedXmlException;
import dev.deviceha.xml.SafeXml;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses (through {@link SafeXml}: domain XML of other VMs is hostile input) and writes libvirt domain XML with
 * the JDK's DOM.
 */
public final class DomainXml {
    public static final String QEMU_NAMESPACE = "http://libvirt.org/schemas/domain/qemu/1.0";
    /** libvirt's domain XML is about ten elements deep; 64 leaves room and bounds every walk of it. */
    static final int MAX_DEPTH = 64;

    private DomainXml() {
    }

    public static Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new DomainXmlException("domain XML is empty");
        }
        Document document;
        try {
            document = SafeXml.parse(xml);
        } catch (MalformedXmlException e) {
            throw new DomainXmlException("domain XML does not parse: " + e.getMessage(), e);
        }
        dropIndentation(document.getDocumentElement());
        return document;
    }

    /** A new empty document for building elements outside a domain. */
    public static Document newDocument() {
        return SafeXml.newDocument();
    }

    /** Writes a document or element as indented XML without an XML declaration, as libvirt prints it. */
    public static String write(Node node) {
        try {
            // The JDK's own transformer: the agent's classpath carries Xalan 2.7, which knows no JAXP 1.5 attribute.
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new DomainXmlException("cannot write domain XML: " + e.getMessage(), e);
        }
    }

    /**
     * Whitespace between elements means nothing to libvirt; dropping it lets {@link #write} indent consistently.
     * Walked without recursion, and only to {@link #MAX_DEPTH}: the JDK's writer recurses per level, so a deeper
     * document is refused here rather than overflowing the stack later.
     */
    private static void dropIndentation(Element root) {
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(root, 1));
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            if (level.depth() > MAX_DEPTH) {
                throw new DomainXmlException("domain XML is nested deeper than " + MAX_DEPTH + " elements");
            }
            Node node = level.element();
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNextSibling();
                if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                        && node.getChildNodes().getLength() > 1) {
                    node.removeChild(child);
                } else if (child instanceof Element element) {
                    pending.push(new Level(element, level.depth() + 1));
                }
                child = next;
            }
        }
    }

    private record Level(Element element, int depth) {
    }
}
