package dev.deviceha.discovery.pci;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.discovery.sysfs.PciSysfs;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides from sysfs alone whether the host itself uses a PCI device, which then must not be offered for
 * passthrough. A device is host-used when:
 * <ul>
 *   <li>a block device the host sees lies below it (an NVMe namespace, a disk behind a SAS/SATA controller):
 *       it may hold a mounted filesystem, the boot disk, swap or an LVM volume, and sysfs cannot prove otherwise;
 *       an admin offers such a device by binding it to vfio-pci, which removes its block devices;</li>
 *   <li>one of its network interfaces is up or enslaved to a bridge or bond (the management bridge, a default
 *       route, storage traffic all need an up interface);</li>
 *   <li>it is the boot VGA device (the host console).</li>
 * </ul>
 */
final class HostUse {
    private final PciSysfs pci;
    private final Map<String, Path> blockDevices;
    private final boolean blockDevicesKnown;

    private HostUse(PciSysfs pci, Map<String, Path> blockDevices, boolean blockDevicesKnown) {
        this.pci = pci;
        this.blockDevices = blockDevices;
        this.blockDevicesKnown = blockDevicesKnown;
    }

    /** Reads the host's block devices once per scan ({@code class/block}). */
    static HostUse read(PciSysfs pci, Warnings warnings) {
        Sysfs sysfs = pci.root();
        Map<String, Path> blocks = new LinkedHashMap<>();
        List<String> names;
        try {
            names = sysfs.list(sysfs.at("class/block"));
        } catch (IOException e) {
            warnings.add("block devices", "unreadable, no storage device is offered for passthrough: "
                    + e.getMessage());
            return new HostUse(pci, blocks, false);
        }
        boolean known = true;
        for (String name : names) {
            try {
                Optional<Path> real = sysfs.resolve(sysfs.at("class/block").resolve(name));
                real.ifPresent(path -> blocks.put(name, path));
            } catch (IOException e) {
                known = false;
                warnings.add("block device " + InvalidValueException.quote(name), "unreadable: " + e.getMessage());
            }
        }
        return new HostUse(pci, blocks, known);
    }

    /** Why the host uses the device, or empty when it does not; the device must have a sysfs entry. */
    Optional<String> reason(PciAddress address, int classCode) throws IOException {
        Optional<Path> device = pci.root().resolve(pci.root().pciDevice(address));
        if (device.isEmpty()) {
            throw new IOException("no sysfs entry");
        }
        for (Map.Entry<String, Path> block : blockDevices.entrySet()) {
            if (block.getValue().startsWith(device.get())) {
                return Optional.of("host block device " + block.getKey());
            }
        }
        if (!blockDevicesKnown && classCode >> 16 == WholePciFamily.STORAGE_BASE_CLASS) {
            return Optional.of("block devices unreadable");
        }
        List<String> netdevs = pci.hostActiveNetdevs(address);
        if (!netdevs.isEmpty()) {
            return Optional.of("host netdev " + netdevs.get(0) + " in use");
        }
        if ("1".equals(pci.root().read(device.get().resolve("boot_vga")).orElse("0"))) {
            return Optional.of("host boot VGA console");
        }
        return Optional.empty();
    }
}
