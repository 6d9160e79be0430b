package dev.deviceha.discovery.sysfs;

import dev.deviceha.discovery.scan.PciIds;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.util.Optional;

/**
 * The facts sysfs holds about one PCI function that libvirt omits: NUMA node, driver, IOMMU group, class. Values are
 * parsed strictly; garbage is an {@link InvalidValueException}. The host's own use of a function is
 * {@link dev.deviceha.sysfs.HostUse}'s.
 */
public final class PciSysfs {
    private final Sysfs sysfs;

    public PciSysfs(Sysfs sysfs) {
        this.sysfs = sysfs;
    }

    public Sysfs root() {
        return sysfs;
    }

    /** Whether the function has a directory (it may have been removed, e.g. VFs disabled mid-scan). */
    public boolean exists(PciAddress address) throws IOException {
        return sysfs.exists(sysfs.pciDevice(address));
    }

    /** The NUMA node, empty when the kernel reports -1 (unknown) or the file is absent. */
    public Optional<Integer> numaNode(PciAddress address) throws IOException {
        Optional<String> raw = sysfs.read(sysfs.pciDevice(address).resolve("numa_node"));
        if (raw.isEmpty() || raw.get().equals("-1")) {
            return Optional.empty();
        }
        try {
            int node = Integer.parseInt(raw.get());
            if (node >= 0 && node < 1024) {
                return Optional.of(node);
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new InvalidValueException("NUMA node", raw.get(), "expected -1 or a node number");
    }

    public Optional<String> driver(PciAddress address) throws IOException {
        return sysfs.linkTargetName(sysfs.pciDevice(address).resolve("driver"));
    }

    public Optional<Integer> iommuGroup(PciAddress address) throws IOException {
        Optional<String> name = sysfs.linkTargetName(sysfs.pciDevice(address).resolve("iommu_group"));
        try {
            return name.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("IOMMU group", name.get(), "expected a number");
        }
    }

    public Optional<Integer> classCode(PciAddress address) throws IOException {
        return sysfs.read(sysfs.pciDevice(address).resolve("class")).map(PciIds::classCode);
    }
}
