package dev.deviceha.model;

import java.util.Locale;

/** How strictly the devices of one request must share a NUMA node. */
public enum NumaPolicy {
    /** Any devices of the tag on the host. */
    NONE,
    /** Prefer devices on one NUMA node, accept any. */
    PREFERRED,
    /** All devices of the request on one NUMA node, or the host does not qualify. */
    REQUIRED;

    public static NumaPolicy parse(String value) {
        if (value != null) {
            for (NumaPolicy policy : values()) {
                if (policy.name().equals(value) || policy.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return policy;
                }
            }
        }
        throw new InvalidValueException("NUMA policy", value, "expected none, preferred or required");
    }

    public String canonical() {
        return name().toLowerCase(Locale.ROOT);
    }
}
