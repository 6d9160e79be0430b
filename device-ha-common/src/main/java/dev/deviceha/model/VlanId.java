package dev.deviceha.model;

import java.util.regex.Pattern;

/** An 802.1Q VLAN id, 1 to 4094 (0 means untagged and 4095 is reserved), written in plain decimal. */
public record VlanId(int value) {
    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{0,3}");

    public VlanId {
        if (value < 1 || value > 4094) {
            throw new InvalidValueException("VLAN id", Integer.toString(value), "expected 1 to 4094");
        }
    }

    public static VlanId parse(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("VLAN id", value, "expected a decimal number from 1 to 4094");
        }
        return new VlanId(Integer.parseInt(value));
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
