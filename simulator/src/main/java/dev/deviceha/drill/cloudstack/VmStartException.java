package dev.deviceha.drill.cloudstack;

/** A start that failed for another reason than capacity: CloudStack reports it and leaves the VM Stopped. */
public final class VmStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public VmStartException(String reason) {
        super(reason);
    }
}
