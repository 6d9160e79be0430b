package dev.deviceha.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from libvirt (node devices, other VMs' domains) as hostile input: no DTD, no external entities or
 * schemas, no XInclude, a size cap, and any parser error fails the parse. libvirt never emits a DOCTYPE, so
 * refusing one costs nothing and closes XXE and entity expansion. Always the JDK's parser, whatever other JAXP
 * implementation the host process's classpath brings.
 */
public final class SafeXml {
    /** Far above the largest domain XML libvirt prints for a VM with many devices. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

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

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    /** A builder per thread, reset between documents: creating one costs more than parsing a node device. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    public static Document parse(String xml) throws MalformedXmlException {
        if (xml == null) {
            throw new MalformedXmlException("no XML");
        }
        if (xml.length() > MAX_CHARS) {
            throw new MalformedXmlException("XML of " + xml.length() + " characters exceeds " + MAX_CHARS);
        }
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setErrorHandler(FAIL_ON_ANY_ERROR);
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(e.getMessage());
        }
    }

    /** A new empty document from the same hardened parser, for building elements. */
    public static Document newDocument() {
        return BUILDER.get().newDocument();
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
        // The JDK's own parser, never the one JAXP's lookup finds: the KVM agent's classpath carries Xerces 2.8
        // (through CloudStack's utils), which rejects the JAXP 1.5 attributes below.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
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
