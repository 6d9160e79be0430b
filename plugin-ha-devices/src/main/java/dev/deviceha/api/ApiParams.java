package dev.deviceha.api;

import dev.deviceha.model.CanonicalUuid;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Strict parsing of API parameter values. Every failure is a {@link DeviceHaApiException} with
 * {@link DeviceHaApiException.Failure#INVALID_PARAMETER} whose message starts with the parameter's name and quotes
 * the rejected value in a bounded, printable form.
 */
public final class ApiParams {
    public static final int MAX_DEVICES_PER_CALL = 256;

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
        return CanonicalUuid.parse("UUID", value).toString();
    }

    private static <T> T parse(String parameter, String value, Function<String, T> parser) {
        return checked(parameter, () -> parser.apply(value));
    }

    /**
     * Builds a model value, turning the model's rejection into an error that names {@code parameter}: the model
     * holds the rules, the API only says which parameter broke one.
     */
    public static <T> T checked(String parameter, Supplier<T> modelValue) {
        try {
            return modelValue.get();
        } catch (InvalidValueException e) {
            throw DeviceHaApiException.invalidParameter(parameter, e.getMessage());
        }
    }
}
