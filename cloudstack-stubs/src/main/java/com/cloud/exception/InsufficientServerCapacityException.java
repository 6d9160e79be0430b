// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/InsufficientServerCapacityException.java (4.22)
package com.cloud.exception;

public class InsufficientServerCapacityException extends InsufficientCapacityException {
    private static final long serialVersionUID = 1L;

    public InsufficientServerCapacityException(String msg, Class<?> scope, Long id) {
        super(msg, scope, id);
    }
}
