package dev.deviceha.discovery.sysfs;

import java.io.IOException;

/** A sysfs path, or the target of a link on it, that lies outside the sysfs root: never read. */
public final class SysfsEscapeException extends IOException {
    private static final long serialVersionUID = 1L;

    public SysfsEscapeException(String path, String problem) {
        super(path + " " + problem);
    }
}
