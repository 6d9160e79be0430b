package dev.deviceha.prepare;

import dev.deviceha.domainxml.DomainDeviceKeys;
import dev.deviceha.domainxml.DomainXmlException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/** Reads the running domains and their host devices from libvirt's live domain XML. */
public final class LibvirtHostDomains implements HostDomains {
    private final Connect connect;

    public LibvirtHostDomains(Connect connect) {
        this.connect = connect;
    }

    @Override
    public List<RunningDomain> running() throws IOException {
        List<RunningDomain> running = new ArrayList<>();
        try {
            for (int id : connect.listDomains()) {
                Domain domain;
                try {
                    domain = connect.domainLookupByID(id);
                } catch (LibvirtException vanished) {
                    continue;
                }
                try {
                    running.add(new RunningDomain(domain.getName(), DomainDeviceKeys.of(domain.getXMLDesc(0))));
                } finally {
                    domain.free();
                }
            }
        } catch (LibvirtException | DomainXmlException e) {
            throw new IOException("cannot list the running domains: " + e.getMessage(), e);
        }
        return running;
    }
}
