package dev.deviceha.model.rules;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One PCI address ({@code 0000:3b:00.1}) or a glob over the canonical lower-case form ({@code 0000:3b:*},
 * {@code 0000:af:0?.?}). Upper-case hex is accepted and lower-cased, so a pattern means the same whatever case an
 * admin typed.
 */
public record PciAddressGlob(String pattern) {
    private static final Pattern GLOB = Pattern.compile("[0-9a-f:.*?]{1,12}");

    public PciAddressGlob {
        if (pattern == null || !GLOB.matcher(pattern).matches()) {
            throw new InvalidValueException("PCI address glob", pattern,
                    "expected lower-case hex digits, ':', '.' and the wildcards * and ?, e.g. 0000:3b:*");
        }
        if (!Glob.hasWildcard(pattern) && !PciAddress.parse(pattern).toString().equals(pattern)) {
            throw new InvalidValueException("PCI address glob", pattern, "not a canonical PCI address");
        }
    }

    /** An exact address in any accepted form, or a glob; both are lower-cased. */
    public static PciAddressGlob parse(String value) {
        if (value == null || value.length() > 12 || !value.chars().allMatch(c -> c < 0x80)) {
            throw new InvalidValueException("PCI address glob", value,
                    "expected a PCI address dddd:bb:ss.f or a glob over it, e.g. 0000:3b:*");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return new PciAddressGlob(Glob.hasWildcard(lower) ? lower : PciAddress.parse(lower).toString());
    }

    public boolean matches(PciAddress address) {
        return Glob.matches(pattern, address.toString());
    }

    @Override
    public String toString() {
        return pattern;
    }
}
