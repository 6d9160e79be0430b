package dev.deviceha.model;

import java.util.regex.Pattern;

/**
 * The name part of a device tag. Grammar: lower-case ASCII letters and digits in words joined by single hyphens,
 * starting with a letter, at most 48 characters ({@code trading-net}, {@code sm-crypto}, {@code grid-t4-1q}).
 * Such a name needs no escaping in a URL, a file name, XML or SQL, and cannot be confused with another by case.
 */
public record TagName(String value) implements Comparable<TagName> {
    public static final int MAX_LENGTH = 48;
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public TagName {
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("tag name", value,
                    "expected lower-case letters and digits in words joined by single '-', starting with a letter,"
                            + " at most " + MAX_LENGTH + " characters, e.g. trading-net");
        }
    }

    public static TagName parse(String value) {
        return new TagName(value);
    }

    @Override
    public int compareTo(TagName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
