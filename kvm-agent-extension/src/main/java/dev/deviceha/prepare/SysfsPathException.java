package dev.deviceha.prepare;

import java.io.IOException;

/** A sysfs path that resolves outside the sysfs root, loops, or holds more than an attribute can. */
public class SysfsPathException extends IOException {
    private static final long serialVersionUID = 1L;

    public SysfsPathException(String message) {
        super(message);
    }
}
