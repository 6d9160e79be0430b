package dev.deviceha.testsupport;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** Opens libvirt's in-process test driver on the test node file; each connection has fresh private state. */
public final class LibvirtTestDriver {
    private LibvirtTestDriver() {
    }

    public static Connect open() throws LibvirtException {
        // libvirt prints every error to stderr even when Java catches it.
        Connect.setErrorCallback((pointer, error) -> { });
        return new Connect("test://" + Resources.path("libvirt/node.xml").toAbsolutePath());
    }
}
