package dev.deviceha.discovery.libvirt;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses XML from libvirt as hostile input: no DTD, no external entities or schemas, no XInclude, a size cap.
 * libvirt never emits a DOCTYPE, so refusing one costs nothing and closes XXE and entity expansion.
 */
final class SafeXml {
    /** Far above the largest domain XML libvirt prints for a VM with many devices. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    /** A builder per thread, reset between documents: creating one costs more than parsing a node device. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    static Document parse(String xml) throws MalformedXmlException {
        if (xml == null) {
            throw new MalformedXmlException("no XML");
        }
        if (xml.length() > MAX_CHARS) {
            throw new MalformedXmlException("XML of " + xml.length() + " characters exceeds " + MAX_CHARS);
        }
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setErrorHandler(null);
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(e.getMessage());
        }
    }

    private static DocumentBuilder newBuilder() {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK XML parser cannot be configured", e);
            }
        }
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a hardening feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }
}
