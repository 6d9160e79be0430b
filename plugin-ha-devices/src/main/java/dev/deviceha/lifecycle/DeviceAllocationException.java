package dev.deviceha.lifecycle;

/**
 * A VM cannot get its devices on the host CloudStack picked. Thrown from the VM state listener, it aborts the start:
 * a VM never starts without its devices.
 */
public final class DeviceAllocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeviceAllocationException(String message) {
        super(message);
    }

    public DeviceAllocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
