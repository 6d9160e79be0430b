package dev.deviceha.discovery;

/** A scan could not run at all (libvirt unreachable, no sysfs); the message is one line an operator can act on. */
public final class DiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DiscoveryException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DiscoveryException(String reason) {
        super(reason);
    }
}
