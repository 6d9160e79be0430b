package dev.deviceha.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PCI vendor or device (product) id, canonical as 4 lower-case hex digits ({@code 8086}, {@code 1889}).
 * {@link #parse} also takes the sysfs form {@code 0x8086} and upper-case hex.
 */
public record PciId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{4}");

    public PciId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("PCI id", value, "expected 4 lower-case hex digits, e.g. 8086");
        }
    }

    public static PciId parse(String value) {
        if (value == null || value.length() > 6) {
            throw new InvalidValueException("PCI id", value, "expected 4 hex digits, e.g. 8086 or 0x8086");
        }
        String digits = value.startsWith("0x") ? value.substring(2) : value;
        if (!FORMAT.matcher(digits.toLowerCase(Locale.ROOT)).matches()) {
            throw new InvalidValueException("PCI id", value, "expected 4 hex digits, e.g. 8086 or 0x8086");
        }
        return new PciId(digits.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
