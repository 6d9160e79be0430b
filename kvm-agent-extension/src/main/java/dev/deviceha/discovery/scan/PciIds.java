package dev.deviceha.discovery.scan;

import dev.deviceha.model.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** PCI vendor, device and class ids as sysfs ({@code 0x10de}) and libvirt ({@code 0x10de}) print them. */
public final class PciIds {
    private static final Pattern ID = Pattern.compile("0x[0-9a-fA-F]{4}");
    private static final Pattern CLASS = Pattern.compile("0x[0-9a-fA-F]{6}");

    private PciIds() {
    }

    /** A vendor or device id as four lower-case hex digits, the form {@code lspci -n} prints: {@code 10de}. */
    public static String id(String value) {
        String trimmed = value == null ? null : value.trim();
        if (trimmed == null || !ID.matcher(trimmed).matches()) {
            throw new InvalidValueException("PCI id", value, "expected 0x and four hex digits, e.g. 0x10de");
        }
        return trimmed.substring(2).toLowerCase(Locale.ROOT);
    }

    /** A class code {@code 0xCCSSPP}: base class, subclass, programming interface. */
    public static int classCode(String value) {
        String trimmed = value == null ? null : value.trim();
        if (trimmed == null || !CLASS.matcher(trimmed).matches()) {
            throw new InvalidValueException("PCI class", value, "expected 0x and six hex digits, e.g. 0x020000");
        }
        return Integer.parseInt(trimmed.substring(2), 16);
    }
}
