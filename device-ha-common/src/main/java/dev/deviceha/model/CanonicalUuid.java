package dev.deviceha.model;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one reader of UUIDs from outside (mdev UUIDs, host and cluster UUIDs in tag rules, the plugin's entity ids in
 * API parameters): only the 8-4-4-4-12 hex form, because {@link UUID#fromString} alone would take "1-1-1-1-1".
 */
public final class CanonicalUuid {
    private static final Pattern LOWER_CASE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CanonicalUuid() {
    }

    /** True for the canonical lower-case form only. */
    public static boolean isCanonical(String value) {
        return value != null && LOWER_CASE.matcher(value).matches();
    }

    /**
     * Accepts upper-case hex too; {@code UUID.toString()} of the result is the canonical lower-case form.
     *
     * @param what names the value in the error, e.g. "host UUID"
     */
    public static UUID parse(String what, String value) {
        if (value == null || value.length() != 36 || !isCanonical(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(what, value, "expected 8-4-4-4-12 hex digits");
        }
        return UUID.fromString(value);
    }
}
