package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.xml.MalformedXmlException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Device;
import org.libvirt.LibvirtException;

/**
 * Reads a host's node devices and its running domains' devices through libvirt. libvirt-java does not wrap
 * {@code virConnectListAllNodeDevices}, so devices are listed by capability and looked up one by one; a device or
 * domain that vanishes between listing and lookup, or whose XML is odd, becomes a warning.
 */
public final class LibvirtHost {
    private final Connect connect;
    private final Warnings warnings;

    public LibvirtHost(Connect connect, Warnings warnings) {
        this.connect = connect;
        this.warnings = warnings;
    }

    public NodeDevices nodeDevices() {
        List<PciNodeDevice> pci = new ArrayList<>();
        for (String name : list("pci")) {
            try {
                pci.add(NodeDeviceXml.parsePci(xmlOf(name), warnings));
            } catch (LibvirtException | MalformedXmlException e) {
                warnings.add("node device " + InvalidValueException.quote(name), "skipped: " + e.getMessage());
            } catch (RuntimeException e) {
                // Input no check anticipated must cost this device, not the scan.
                warnings.add("node device " + InvalidValueException.quote(name), "skipped: unexpected " + e);
            }
        }
        List<MdevNodeDevice> mdevs = new ArrayList<>();
        for (String name : list("mdev")) {
            try {
                mdevs.add(NodeDeviceXml.parseMdev(xmlOf(name)));
            } catch (LibvirtException | MalformedXmlException e) {
                warnings.add("node device " + InvalidValueException.quote(name), "skipped: " + e.getMessage());
            } catch (RuntimeException e) {
                warnings.add("node device " + InvalidValueException.quote(name), "skipped: unexpected " + e);
            }
        }
        return new NodeDevices(pci, mdevs, warnings);
    }

    private String xmlOf(String deviceName) throws LibvirtException {
        Device device = connect.deviceLookupByName(deviceName);
        try {
            return device.getXMLDescription();
        } finally {
            // Release the handle now rather than in a finalizer, hundreds of times per scan.
            device.free();
        }
    }

    public DomainDeviceUse runningDomainsUse() {
        try {
            return DomainDeviceUse.of(new LibvirtHostDomains(connect, new DomainUseWarnings(warnings)).running());
        } catch (IOException e) {
            warnings.add("libvirt", e.getMessage() + "; devices in use by VMs may show as free");
            return DomainDeviceUse.of(List.of());
        }
    }

    private String[] list(String capability) {
        try {
            return connect.listDevices(capability);
        } catch (LibvirtException e) {
            warnings.add("libvirt", "cannot list " + capability + " node devices: " + e.getMessage());
            return new String[0];
        }
    }
}
