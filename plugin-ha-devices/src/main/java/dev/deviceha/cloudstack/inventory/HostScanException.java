package dev.deviceha.cloudstack.inventory;

/** A host's devices could not be scanned; the message says why, for the operator. */
public final class HostScanException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public HostScanException(String message) {
        super(message);
    }

    public HostScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
