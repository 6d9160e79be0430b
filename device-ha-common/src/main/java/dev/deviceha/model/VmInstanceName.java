package dev.deviceha.model;

import java.util.regex.Pattern;

/**
 * A libvirt domain name as CloudStack gives it ({@code i-2-10-VM}, or a host name when instance names are
 * configured so). The agent checks it before it names a state file; the plugin before it allocates, so that a VM
 * the agent would refuse fails at allocation, with the same reason.
 */
public record VmInstanceName(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public VmInstanceName {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("VM instance name", value,
                    "expected letters, digits, '.', '_' or '-', starting with a letter or digit, at most 128");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
