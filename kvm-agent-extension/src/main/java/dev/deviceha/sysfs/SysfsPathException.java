package dev.deviceha.sysfs;

import java.nio.file.FileSystemException;

/** A sysfs path that cannot be used safely: it loops, is not an attribute file, or holds more than one can. */
public class SysfsPathException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    public SysfsPathException(String message) {
        // No file or reason split: the message already names the path as the operator should see it.
        super(null, null, message);
    }
}
