package dev.deviceha.sysfs;

import dev.deviceha.model.InvalidValueException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which kernel drivers a whole PCI device may be bound to and still be offered for passthrough. Unbound, {@code
 * vfio-pci} and {@code pci-stub} always qualify: the host has no use of a device they hold. A device bound to any other
 * driver serves the host (its network card, disk, balloon, entropy source) and is offered only when the admin lists
 * that driver ({@code device-ha.pci.allowed-drivers}), accepting that libvirt detaches it from the host at VM start.
 *
 * @param allowedHostDrivers the admin's opt-in, sorted; empty by default
 */
public record PassthroughDrivers(Set<String> allowedHostDrivers) {
    /** The drivers that hold a device for a VM, not for the host. */
    public static final Set<String> VM_DRIVERS = Set.of("vfio-pci", "pci-stub");
    public static final PassthroughDrivers NO_HOST_DRIVERS = new PassthroughDrivers(Set.of());
    private static final Pattern DRIVER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public PassthroughDrivers {
        TreeSet<String> sorted = new TreeSet<>();
        for (String driver : allowedHostDrivers) {
            if (driver == null || !DRIVER_NAME.matcher(driver).matches()) {
                throw new InvalidValueException("driver name", driver, "expected a kernel driver name like igb");
            }
            sorted.add(driver);
        }
        allowedHostDrivers = Set.copyOf(sorted);
    }

    /** Parses a comma-separated list such as {@code igb, mlx5_core}; blank is none. */
    public static PassthroughDrivers parse(String list) {
        Set<String> drivers = new TreeSet<>();
        for (String name : list.split(",", -1)) {
            if (!name.isBlank()) {
                drivers.add(name.trim());
            }
        }
        return new PassthroughDrivers(drivers);
    }

    /** Whether a device bound to {@code driver} (null when unbound) is held for VMs rather than for the host. */
    public static boolean isVmDriver(String driver) {
        return driver == null || VM_DRIVERS.contains(driver);
    }

    /** Why a whole device bound to {@code driver} is not offered, or null when it may be. */
    public String refusal(String driver) {
        if (isVmDriver(driver) || allowedHostDrivers.contains(driver)) {
            return null;
        }
        return "bound to host driver " + driver + " (offer it by binding it to vfio-pci, or list " + driver
                + " in device-ha.pci.allowed-drivers)";
    }

    @Override
    public String toString() {
        return String.join(",", new TreeSet<>(allowedHostDrivers));
    }
}
