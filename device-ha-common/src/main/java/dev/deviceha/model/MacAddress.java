package dev.deviceha.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unicast Ethernet MAC address for a VF, canonical as lower-case {@code aa:bb:cc:dd:ee:ff}.
 * Multicast and all-zero addresses are rejected: a NIC cannot own them.
 */
public record MacAddress(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    public MacAddress {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("MAC address", value, "expected six lower-case hex octets");
        }
        int first = Integer.parseInt(value.substring(0, 2), 16);
        if ((first & 0x01) != 0) {
            throw new InvalidValueException("MAC address", value, "a multicast address cannot be assigned to a VF");
        }
        if (value.equals("00:00:00:00:00:00")) {
            throw new InvalidValueException("MAC address", value, "the all-zero address cannot be assigned");
        }
    }

    /** Accepts upper-case hex too; ':' is the only separator accepted. */
    public static MacAddress parse(String value) {
        if (value == null || value.length() != 17) {
            throw new InvalidValueException("MAC address", value, "expected aa:bb:cc:dd:ee:ff");
        }
        return new MacAddress(value.toLowerCase(Locale.ROOT));
    }

    public static MacAddress fromLong(long bits) {
        if (bits < 0 || bits > 0xffff_ffff_ffffL) {
            throw new InvalidValueException("MAC address", Long.toHexString(bits), "more than 48 bits");
        }
        StringBuilder out = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(String.format("%02x", (bits >> shift) & 0xff));
        }
        return new MacAddress(out.toString());
    }

    public long toLong() {
        return Long.parseLong(value.replace(":", ""), 16);
    }

    /** The U/L bit: set on addresses that no vendor assigned, which is what we generate. */
    public boolean isLocallyAdministered() {
        return (Integer.parseInt(value.substring(0, 2), 16) & 0x02) != 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
