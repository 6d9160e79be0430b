package dev.deviceha.model;

import java.util.UUID;

/**
 * The UUID of a mediated device: it names {@code /sys/bus/mdev/devices/<uuid>} and is what the guest sees, so the
 * same UUID is re-created on whichever host the VM starts. Only the canonical 8-4-4-4-12 hex form is accepted,
 * see {@link CanonicalUuid}.
 */
public record MdevUuid(String value) {
    public MdevUuid {
        if (!CanonicalUuid.isCanonical(value)) {
            throw new InvalidValueException("mdev UUID", value, "expected a canonical lower-case UUID");
        }
    }

    /** Accepts upper-case hex too and returns the canonical lower-case form. */
    public static MdevUuid parse(String value) {
        return new MdevUuid(CanonicalUuid.parse("mdev UUID", value).toString());
    }

    public static MdevUuid random() {
        return new MdevUuid(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
