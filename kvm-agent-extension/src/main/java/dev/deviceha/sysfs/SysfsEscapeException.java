package dev.deviceha.sysfs;

/** A sysfs path, or the target of a link on it, that lies outside the sysfs root: never read or written. */
public final class SysfsEscapeException extends SysfsPathException {
    private static final long serialVersionUID = 1L;

    public SysfsEscapeException(String path, String problem) {
        super(path + " " + problem);
    }
}
