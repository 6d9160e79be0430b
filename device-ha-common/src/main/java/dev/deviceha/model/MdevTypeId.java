package dev.deviceha.model;

import java.util.regex.Pattern;

/**
 * An mdev type id as the kernel names the directory under {@code mdev_supported_types}, e.g. {@code nvidia-230}
 * or {@code hct-1}: ASCII letters, digits, '_' and '-', starting with a letter or digit, at most 64 characters.
 * The grammar leaves no room for '/', '.', or "..", so a parsed id is safe as one path component.
 */
public record MdevTypeId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public MdevTypeId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("mdev type id", value,
                    "expected letters, digits, '_' or '-' (at most 64), e.g. nvidia-230");
        }
    }

    public static MdevTypeId parse(String value) {
        return new MdevTypeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
