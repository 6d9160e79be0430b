package dev.deviceha.drill.cloudstack;

/** Stands in for CloudStack's InsufficientServerCapacityException: no host can take the VM, and why. */
public final class InsufficientCapacityException extends Exception {
    private static final long serialVersionUID = 1L;

    public InsufficientCapacityException(String reason) {
        super(reason);
    }
}
