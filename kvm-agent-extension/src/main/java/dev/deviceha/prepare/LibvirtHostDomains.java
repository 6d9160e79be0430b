package dev.deviceha.prepare;

import dev.deviceha.domainxml.DomainDeviceKeys;
import dev.deviceha.domainxml.DomainXmlException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Reads the running domains and their host devices from libvirt's live domain XML. Device preparation and
 * discovery both list them here; they differ only in what a domain that cannot be read costs ({@link Problems}).
 */
public final class LibvirtHostDomains implements HostDomains {
    private final Connect connect;
    private final Problems problems;

    /** Fails the whole listing when a running domain cannot be read: a device it holds would look free. */
    public LibvirtHostDomains(Connect connect) {
        this(connect, Problems.FAIL);
    }

    /** Hands what cannot be read to {@code problems}, which may fail the listing or note it and go on. */
    public LibvirtHostDomains(Connect connect, Problems problems) {
        this.connect = connect;
        this.problems = problems;
    }

    @Override
    public List<RunningDomain> running() throws IOException {
        int[] ids;
        try {
            ids = connect.listDomains();
        } catch (LibvirtException e) {
            throw new IOException("cannot list the running domains: " + e.getMessage(), e);
        }
        List<RunningDomain> running = new ArrayList<>();
        for (int id : ids) {
            Domain domain;
            try {
                domain = connect.domainLookupByID(id);
            } catch (LibvirtException vanished) {
                continue;
            }
            try {
                running.add(read(domain.getName(), domain.getXMLDesc(0), problems));
            } catch (LibvirtException | DomainXmlException e) {
                problems.unreadableDomain("domain id " + id, e.getMessage());
            } catch (RuntimeException e) {
                // Input no check anticipated must cost this domain, not every other domain's devices.
                problems.unreadableDomain("domain id " + id, "unexpected " + e);
            } finally {
                free(domain);
            }
        }
        return running;
    }

    /** One domain's devices from its XML; an entry that cannot be read goes to {@code problems}. */
    public static RunningDomain read(String name, String domainXml, Problems problems) {
        return new RunningDomain(name, DomainDeviceKeys.of(domainXml, problem -> problems.unreadableEntry(name, problem)));
    }

    private static void free(Domain domain) throws IOException {
        try {
            domain.free();
        } catch (LibvirtException e) {
            throw new IOException("cannot release a libvirt domain handle: " + e.getMessage(), e);
        }
    }

    /** What a running domain, or one of its device entries, that cannot be read costs the listing. */
    public interface Problems {
        /** Fails the listing for an unreadable domain; an unreadable entry cannot hold a device this host names. */
        Problems FAIL = (subject, problem) -> {
            throw new IOException("cannot list the running domains: " + subject + ": " + problem);
        };

        void unreadableDomain(String subject, String problem) throws IOException;

        default void unreadableEntry(String domain, String problem) {
        }
    }
}
