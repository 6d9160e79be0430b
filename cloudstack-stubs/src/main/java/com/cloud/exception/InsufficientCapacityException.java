// Mirrors apache/cloudstack utils/src/main/java/com/cloud/exception/InsufficientCapacityException.java (4.22)
package com.cloud.exception;

public abstract class InsufficientCapacityException extends CloudException {
    private static final long serialVersionUID = 1L;

    Long id;
    Class<?> scope;

    public InsufficientCapacityException(String msg, Class<?> scope, Long id) {
        super(msg);
        this.scope = scope;
        this.id = id;
    }

    public Class<?> getScope() {
        return scope;
    }

    public long getId() {
        return id;
    }
}
