package dev.deviceha.sysfs;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import java.util.regex.Pattern;

/**
 * The name of an mdev parent under {@code /sys/class/mdev_bus}: a PCI address (a GPU or GPU VF) or the name of a
 * virtual parent such as HCT's {@code hct}. Only such a name becomes a path component.
 */
public record MdevParentName(String value) {
    /** Hygon HCT's virtual parent, {@code /sys/devices/virtual/hct/hct}; the only parent HCT devices come from. */
    public static final String HCT = "hct";
    private static final Pattern VIRTUAL = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public MdevParentName {
        if (value == null || !(VIRTUAL.matcher(value).matches() || isPciAddress(value))) {
            throw new InvalidValueException("mdev parent", value,
                    "expected a PCI address like 0000:af:00.0 or a virtual parent name like hct");
        }
    }

    private static boolean isPciAddress(String value) {
        try {
            return PciAddress.parse(value).toString().equals(value);
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
