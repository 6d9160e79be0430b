package dev.deviceha.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The leading 1 to 5 octets under which this project generates VF MACs, canonical as lower-case {@code 02:dc}.
 * The first octet must be unicast and locally administered, so no generated MAC can collide with a vendor's
 * address or be a multicast one. Uniqueness of generated MACs within a zone is the database's job.
 */
public record MacPrefix(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){0,4}");

    public MacPrefix {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("MAC prefix", value,
                    "expected 1 to 5 lower-case hex octets joined by ':', e.g. 02:dc");
        }
        int first = Integer.parseInt(value.substring(0, 2), 16);
        if ((first & 0x01) != 0) {
            throw new InvalidValueException("MAC prefix", value, "the first octet must be unicast (bit 0 clear)");
        }
        if ((first & 0x02) == 0) {
            throw new InvalidValueException("MAC prefix", value,
                    "the first octet must be locally administered (bit 1 set), e.g. 02, 06, 0a, ..., fe");
        }
    }

    /** Accepts upper-case hex too and returns the canonical lower-case form. */
    public static MacPrefix parse(String value) {
        if (value == null || value.length() > 14) {
            throw new InvalidValueException("MAC prefix", value, "expected 1 to 5 hex octets, e.g. 02:dc");
        }
        return new MacPrefix(value.toLowerCase(Locale.ROOT));
    }

    public int octets() {
        return (value.length() + 1) / 3;
    }

    /** How many MACs the prefix holds: 2^(8 * (6 - octets)). */
    public long capacity() {
        return 1L << suffixBits();
    }

    /** The n-th MAC under the prefix, n from 0 to {@link #capacity()} - 1. */
    public MacAddress nth(long n) {
        if (n < 0 || n >= capacity()) {
            throw new InvalidValueException("MAC index", Long.toString(n),
                    "expected 0 to " + (capacity() - 1) + " under prefix " + value);
        }
        return MacAddress.fromLong(prefixBits() << suffixBits() | n);
    }

    public boolean contains(MacAddress mac) {
        return mac.toLong() >>> suffixBits() == prefixBits();
    }

    private int suffixBits() {
        return 8 * (6 - octets());
    }

    private long prefixBits() {
        return Long.parseLong(value.replace(":", ""), 16);
    }

    @Override
    public String toString() {
        return value;
    }
}
