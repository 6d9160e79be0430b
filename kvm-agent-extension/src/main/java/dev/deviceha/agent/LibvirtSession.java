package dev.deviceha.agent;

import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.prepare.RunningDomain;
import java.io.IOException;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** One libvirt connection for the extension, reopened when libvirtd restarted under it. */
final class LibvirtSession {
    private final String uri;
    private Connect connect;

    LibvirtSession(String uri) {
        this.uri = uri;
    }

    synchronized List<RunningDomain> runningDomains() throws IOException {
        try {
            if (connect == null || !connect.isAlive()) {
                connect = new Connect(uri);
            }
        } catch (LibvirtException e) {
            connect = null;
            throw new IOException("cannot connect to libvirt at " + uri + ": " + e.getMessage(), e);
        }
        return new LibvirtHostDomains(connect).running();
    }
}
