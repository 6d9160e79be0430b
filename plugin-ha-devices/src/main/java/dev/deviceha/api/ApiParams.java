package dev.deviceha.api;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Strict parsing of API parameter values. Every failure is a {@link DeviceHaApiException} with
 * {@link DeviceHaApiException.Failure#INVALID_PARAMETER} whose message starts with the parameter's name and quotes
 * the rejected value in a bounded, printable form.
 */
public final class ApiParams {
    public static final int MAX_DESCRIPTION_LENGTH = 255;
    public static final int MAX_DEVICES_PER_CALL = 256;
    public static final int MAX_GLOB_LENGTH = 32;

    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PCI_ID = Pattern.compile("(0x)?[0-9a-f]{4}");
    // Interface names never hold '/' or whitespace; '.' alone or ".." would name directories.
    private static final Pattern NETDEV_GLOB = Pattern.compile("[A-Za-z0-9_.:@*?!\\[\\]-]+");
    private static final Pattern PCI_ADDRESS_GLOB = Pattern.compile("[0-9a-f:.*?!\\[\\]-]+");

    private ApiParams() {
    }

    /** Parses a parameter the call cannot do without. */
    public static <T> T required(String parameter, String value, Function<String, T> parser) {
        if (value == null) {
            throw DeviceHaApiException.invalidParameter(parameter, "is required");
        }
        return parse(parameter, value, parser);
    }

    /** Parses a parameter that may be left out; an absent parameter gives null, an empty one is rejected. */
    public static <T> T optional(String parameter, String value, Function<String, T> parser) {
        return value == null ? null : parse(parameter, value, parser);
    }

    /**
     * An id CloudStack's API framework resolved from the UUID the caller sent. The framework leaves the id null,
     * instead of failing, when the value is not a lower-case UUID, so a required id that is null was malformed.
     */
    public static long requiredId(String parameter, Long id) {
        if (id == null) {
            throw DeviceHaApiException.invalidParameter(parameter,
                    "expected the lower-case UUID of an existing entity");
        }
        return id;
    }

    /** Checks a number against its allowed range; an absent number gives {@code absent}. */
    public static int inRange(String parameter, Integer value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw DeviceHaApiException.invalidParameter(parameter,
                    value + " is out of range: expected " + min + " to " + max);
        }
        return value;
    }

    /** Parses a non-empty list of distinct UUIDs, at most {@link #MAX_DEVICES_PER_CALL}. */
    public static List<String> uuids(String parameter, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw DeviceHaApiException.invalidParameter(parameter, "expected at least one UUID");
        }
        if (values.size() > MAX_DEVICES_PER_CALL) {
            throw DeviceHaApiException.invalidParameter(parameter,
                    values.size() + " UUIDs: at most " + MAX_DEVICES_PER_CALL + " per call");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            String uuid = parse(parameter, value, ApiParams::uuid);
            if (!distinct.add(uuid)) {
                throw DeviceHaApiException.invalidParameter(parameter, "UUID " + uuid + " is given twice");
            }
        }
        return List.copyOf(distinct);
    }

    /** Refuses vGPU tags where an admin would define or assign one: they are generated. */
    public static TagRef adminDefinedTag(String parameter, TagRef tag) {
        if (tag != null && !tag.kind().hasAdminDefinedTags()) {
            throw DeviceHaApiException.invalidParameter(parameter, tag.kind() + " tags are generated from the GPU"
                    + " model and vGPU profile; they cannot be defined or assigned by hand");
        }
        return tag;
    }

    /** A UUID in canonical 8-4-4-4-12 form; upper-case hex is accepted and lowered. */
    public static String uuid(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.length() != 36 || !UUID.matcher(lower).matches()) {
            throw new InvalidValueException("UUID", value, "expected 8-4-4-4-12 hex digits");
        }
        return lower;
    }

    /**
     * Free text shown in the UI and in XML and JSON responses: no control or invisible formatting characters,
     * no markup characters, at most {@link #MAX_DESCRIPTION_LENGTH} characters.
     */
    public static String description(String value) {
        if (value.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValueException("description", value,
                    "at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        boolean clean = value.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || c == '<' || c == '>' || c == '&');
        if (!clean) {
            throw new InvalidValueException("description", value,
                    "control characters and '<', '>', '&' are not allowed");
        }
        return value;
    }

    /** A PCI vendor or product id, four hex digits with an optional {@code 0x}, returned as {@code 8086}. */
    public static String pciId(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.length() > 6 || !PCI_ID.matcher(lower).matches()) {
            throw new InvalidValueException("PCI id", value, "expected four hex digits, e.g. 8086 or 0x15b3");
        }
        return lower.substring(lower.length() - 4);
    }

    /** A glob over network interface names, e.g. {@code ens1f*}. */
    public static String netdevGlob(String value) {
        if (value.length() > MAX_GLOB_LENGTH || !NETDEV_GLOB.matcher(value).matches()
                || value.equals(".") || value.equals("..")) {
            throw new InvalidValueException("interface name glob", value,
                    "expected letters, digits, '_', '.', ':', '@', '-' and glob characters * ? [ ] !, at most "
                            + MAX_GLOB_LENGTH);
        }
        return value;
    }

    /** A glob over PCI addresses, e.g. {@code 0000:3b:0[0-1].*}, returned lower case. */
    public static String pciAddressGlob(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.length() > MAX_GLOB_LENGTH || !PCI_ADDRESS_GLOB.matcher(lower).matches()) {
            throw new InvalidValueException("PCI address glob", value,
                    "expected hex digits, ':', '.', '-' and glob characters * ? [ ] !, at most " + MAX_GLOB_LENGTH);
        }
        return lower;
    }

    private static <T> T parse(String parameter, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (InvalidValueException e) {
            throw DeviceHaApiException.invalidParameter(parameter, e.getMessage());
        }
    }
}
