package dev.deviceha.domainxml;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses and writes libvirt domain XML with the JDK's DOM. Domain XML of other VMs is hostile input: no DTD, no
 * entity expansion, no external access.
 */
public final class DomainXml {
    public static final String QEMU_NAMESPACE = "http://libvirt.org/schemas/domain/qemu/1.0";

    private static final ErrorHandler FAIL_ON_ANY_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // A warning does not make the document unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private DomainXml() {
    }

    public static Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new DomainXmlException("domain XML is empty");
        }
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ANY_ERROR);
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            dropIndentation(document.getDocumentElement());
            return document;
        } catch (SAXException | IOException e) {
            throw new DomainXmlException("domain XML does not parse: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a hardening feature", e);
        }
    }

    /** A new empty document for building elements outside a domain. */
    public static Document newDocument() {
        try {
            return hardenedFactory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a hardening feature", e);
        }
    }

    /** Writes a document or element as indented XML without an XML declaration, as libvirt prints it. */
    public static String write(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
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

    /** Whitespace between elements means nothing to libvirt; dropping it lets {@link #write} indent consistently. */
    private static void dropIndentation(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                    && node.getChildNodes().getLength() > 1) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation(child);
            }
            child = next;
        }
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
