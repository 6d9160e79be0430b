package dev.deviceha.model;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The UUID of a mediated device: it names {@code /sys/bus/mdev/devices/<uuid>} and is what the guest sees, so the
 * same UUID is re-created on whichever host the VM starts. Only the canonical 8-4-4-4-12 hex form is accepted
 * ({@link UUID#fromString} is lenient and would accept "1-1-1-1-1").
 */
public record MdevUuid(String value) {
    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public MdevUuid {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("mdev UUID", value, "expected a canonical lower-case UUID");
        }
    }

    /** Accepts upper-case hex too and returns the canonical lower-case form. */
    public static MdevUuid parse(String value) {
        if (value == null || value.length() != 36) {
            throw new InvalidValueException("mdev UUID", value, "expected 8-4-4-4-12 hex digits");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(lower).matches()) {
            throw new InvalidValueException("mdev UUID", value, "expected 8-4-4-4-12 hex digits");
        }
        return new MdevUuid(lower);
    }

    public static MdevUuid random() {
        return new MdevUuid(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
