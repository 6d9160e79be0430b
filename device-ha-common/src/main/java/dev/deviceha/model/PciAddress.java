package dev.deviceha.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PCI address {@code dddd:bb:ss.f} (hex domain, bus, slot, function). The canonical form is lower case and is
 * the name of the device's directory under {@code /sys/bus/pci/devices}, so only a parsed address may become a path.
 */
public record PciAddress(int domain, int bus, int slot, int function) implements Comparable<PciAddress> {
    private static final Pattern FORMAT =
            Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])");

    public PciAddress {
        if (domain < 0 || domain > 0xffff || bus < 0 || bus > 0xff || slot < 0 || slot > 0x1f
                || function < 0 || function > 7) {
            throw new InvalidValueException("PCI address",
                    Integer.toHexString(domain) + ":" + Integer.toHexString(bus) + ":" + Integer.toHexString(slot)
                            + "." + Integer.toHexString(function),
                    "a field is out of range (domain <= ffff, bus <= ff, slot <= 1f, function <= 7)");
        }
    }

    public static PciAddress parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) {
            throw new InvalidValueException("PCI address", value, "expected dddd:bb:ss.f in hex, e.g. 0000:3b:00.1");
        }
        int slot = Integer.parseInt(m.group(3), 16);
        if (slot > 0x1f) {
            throw new InvalidValueException("PCI address", value, "slot must be at most 1f");
        }
        return new PciAddress(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16), slot,
                Integer.parseInt(m.group(4)));
    }

    /** The canonical {@code dddd:bb:ss.f} form, lower case. */
    @Override
    public String toString() {
        return String.format("%04x:%02x:%02x.%x", domain, bus, slot, function);
    }

    @Override
    public int compareTo(PciAddress other) {
        return toString().compareTo(other.toString());
    }
}
