package dev.deviceha.sysfs;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The network interfaces of a PCI function and which of them the host itself uses. Discovery reports a function with
 * such an interface as host-used and preparation refuses it, by this one rule.
 */
public final class HostNetdevs {
    private static final int IFF_UP = 0x1;

    private HostNetdevs() {
    }

    /** The function's network interfaces; none while it is bound to a non-network driver such as vfio-pci. */
    public static List<String> of(Sysfs sysfs, PciAddress address) throws IOException {
        return sysfs.list(sysfs.pciDevice(address).resolve("net"));
    }

    /**
     * The interfaces the host itself is using: up (IFF_UP set), or enslaved to a bridge or bond (a {@code master}
     * link), which is how the management bridge and bonds hold a NIC even while a port is down.
     */
    public static List<String> active(Sysfs sysfs, PciAddress address) throws IOException {
        List<String> active = new ArrayList<>();
        for (String name : of(sysfs, address)) {
            Path dir = sysfs.pciDevice(address).resolve("net").resolve(name);
            if (isUp(sysfs, dir) || sysfs.exists(dir.resolve("master"))) {
                active.add(name);
            }
        }
        return active;
    }

    private static boolean isUp(Sysfs sysfs, Path netdevDir) throws IOException {
        Optional<String> flags = sysfs.read(netdevDir.resolve("flags"));
        if (flags.isPresent()) {
            String value = flags.get();
            try {
                return (Integer.decode(value) & IFF_UP) != 0;
            } catch (NumberFormatException e) {
                throw new InvalidValueException("netdev flags", value, "expected a hex number such as 0x1003");
            }
        }
        // Without flags, only a link the kernel reports down is taken as unused.
        return !sysfs.read(netdevDir.resolve("operstate")).orElse("down").equals("down");
    }
}
