package dev.deviceha.service;

/**
 * A VM's declared device requests cannot be read. The VM must not start: it would start without devices it asks
 * for, or with devices it does not.
 */
public final class InvalidDeviceRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidDeviceRequestsException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidDeviceRequestsException(String message) {
        super(message);
    }
}
