package dev.deviceha.model;

/**
 * What identifies a device tag: its kind and name, written {@code KIND/name} (e.g. {@code SRIOV_VF/trading-net}).
 * Two devices with the same TagRef are interchangeable for a VM, whatever host or PCI address they have.
 */
public record TagRef(DeviceKind kind, TagName name) implements Comparable<TagRef> {
    public TagRef {
        if (kind == null || name == null) {
            throw new InvalidValueException("device tag", kind + "/" + name, "kind and name are both required");
        }
    }

    public static TagRef of(DeviceKind kind, String name) {
        return new TagRef(kind, TagName.parse(name));
    }

    public static TagRef parse(String value) {
        int slash = value == null ? -1 : value.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("device tag", value, "expected KIND/name, e.g. SRIOV_VF/trading-net");
        }
        try {
            return new TagRef(DeviceKind.parse(value.substring(0, slash)), TagName.parse(value.substring(slash + 1)));
        } catch (InvalidValueException part) {
            throw new InvalidValueException("device tag", value, part.getMessage());
        }
    }

    @Override
    public int compareTo(TagRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind.name() + "/" + name.value();
    }
}
