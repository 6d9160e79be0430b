package dev.deviceha.agent;

import dev.deviceha.domainxml.DomainXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The domain XML the transformer hook returns when a VM must not start: CloudStack's start wrapper swallows any
 * exception of the hook and starts the original XML, so refusing has to go through libvirt. libvirt rejects this
 * domain with "invalid domain type ..." quoting the reason, which CloudStack returns in the failed StartAnswer.
 */
public final class StartRefusal {
    private StartRefusal() {
    }

    public static String domainXml(String vmName, String reason) {
        Document document = DomainXml.newDocument();
        Element domain = document.createElementNS(null, "domain");
        domain.setAttribute("type", printable("device-ha refused to start " + vmName + ": " + reason));
        Element name = document.createElementNS(null, "name");
        name.setTextContent(printable(vmName));
        domain.appendChild(name);
        document.appendChild(domain);
        return DomainXml.write(document);
    }

    /** Keeps the reason on one line in libvirt's error and in CloudStack's event. */
    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}]", " ");
    }
}
