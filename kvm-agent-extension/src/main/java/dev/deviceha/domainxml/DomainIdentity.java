package dev.deviceha.domainxml;

import dev.deviceha.xml.Dom;
import org.w3c.dom.Element;

/** The name and UUID of a libvirt domain XML; CloudStack names a domain by the VM's instance name and UUID. */
public record DomainIdentity(String name, String uuid) {
    public static DomainIdentity of(String domainXml) {
        Element domain = DomainXml.parse(domainXml).getDocumentElement();
        return new DomainIdentity(text(Dom.child(domain, "name")),
                text(Dom.child(domain, "uuid")));
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }
}
