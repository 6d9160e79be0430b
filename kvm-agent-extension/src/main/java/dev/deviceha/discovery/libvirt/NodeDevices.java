package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.PciAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PCI and mdev node devices of one host, indexed by PCI address and by libvirt name. */
public final class NodeDevices {
    private final Map<PciAddress, PciNodeDevice> byAddress = new LinkedHashMap<>();
    private final Map<String, PciNodeDevice> byName = new LinkedHashMap<>();
    private final List<MdevNodeDevice> mdevs;

    /** Keeps the devices in address order, so reports list them in the same order on every scan. */
    public NodeDevices(List<PciNodeDevice> pci, List<MdevNodeDevice> mdevs, Warnings warnings) {
        List<PciNodeDevice> sorted = new ArrayList<>(pci);
        // Field by field: the same order as the canonical text, without formatting every address compared.
        sorted.sort(Comparator.comparingInt((PciNodeDevice d) -> d.address().domain())
                .thenComparingInt(d -> d.address().bus())
                .thenComparingInt(d -> d.address().slot())
                .thenComparingInt(d -> d.address().function()));
        for (PciNodeDevice device : sorted) {
            if (byAddress.putIfAbsent(device.address(), device) != null) {
                warnings.add("PCI " + device.address(), "libvirt lists it twice; kept the first");
            } else {
                byName.put(device.name(), device);
            }
        }
        this.mdevs = List.copyOf(mdevs);
    }

    public Collection<PciNodeDevice> pci() {
        return byAddress.values();
    }

    /** The device at {@code address}, or null when libvirt does not list it. */
    public PciNodeDevice at(PciAddress address) {
        return byAddress.get(address);
    }

    /** The device libvirt names {@code name}, e.g. {@code pci_0000_af_00_0}, or null. */
    public PciNodeDevice named(String name) {
        return byName.get(name);
    }

    public List<MdevNodeDevice> mdevs() {
        return mdevs;
    }
}
