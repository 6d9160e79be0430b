package dev.deviceha.model.tag;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import java.util.Objects;

/**
 * A device tag as operators see it: what identifies it, an optional description, and who defined it.
 * Admin tags exist only for kinds with {@link dev.deviceha.model.DeviceKind#hasAdminDefinedTags()}; generated tags
 * only for VGPU.
 *
 * @param description free text shown in the UI, or null; at most {@value #MAX_DESCRIPTION} characters, printable
 */
public record DeviceTag(TagRef ref, String description, TagOrigin origin) {
    private static final int REPLACEMENT_CHARACTER = 0xFFFD;
    public static final int MAX_DESCRIPTION = 255;

    public DeviceTag {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(origin, "origin");
        if (origin == TagOrigin.ADMIN && !ref.kind().hasAdminDefinedTags()) {
            throw new InvalidValueException("device tag", ref.toString(),
                    ref.kind() + " tags are generated from the GPU model and vGPU profile, not defined by admins");
        }
        if (origin == TagOrigin.GENERATED && ref.kind().hasAdminDefinedTags()) {
            throw new InvalidValueException("device tag", ref.toString(),
                    ref.kind() + " tags are defined by admins; only VGPU tags are generated");
        }
        if (description != null) {
            requireValidDescription(description);
        }
    }

    public static DeviceTag admin(TagRef ref, String description) {
        return new DeviceTag(ref, description, TagOrigin.ADMIN);
    }

    public static DeviceTag generated(TagRef ref, String description) {
        return new DeviceTag(ref, description, TagOrigin.GENERATED);
    }

    /**
     * Any script's letters are welcome (operators write in their language), but nothing that can hide or
     * reorder text in a UI or log: control, format (e.g. bidi overrides), private-use, unassigned and
     * separator characters other than the plain space, and no surrounding space; no U+FFFD either, which is what
     * bytes that were not UTF-8 decode to, so such a description would be stored garbled. Public so that changing the
     * description of a stored tag is checked by the same rule.
     *
     * @return the description, unchanged
     */
    public static String requireValidDescription(String description) {
        if (description.isEmpty() || description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            throw new InvalidValueException("tag description", description,
                    "expected 1 to " + MAX_DESCRIPTION + " characters, or no description");
        }
        if (description.startsWith(" ") || description.endsWith(" ")) {
            throw new InvalidValueException("tag description", description, "leading or trailing space");
        }
        description.codePoints().filter(DeviceTag::isHidden).findFirst().ifPresent(c -> {
            throw new InvalidValueException("tag description", description,
                    String.format("character U+%04X is not printable", c));
        });
        return description;
    }

    private static boolean isHidden(int codePoint) {
        if (codePoint == ' ') {
            return false;
        }
        if (codePoint == REPLACEMENT_CHARACTER) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
