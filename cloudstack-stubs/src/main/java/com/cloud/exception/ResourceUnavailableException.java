// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/ResourceUnavailableException.java (4.22)
package com.cloud.exception;

public class ResourceUnavailableException extends CloudException {
    private static final long serialVersionUID = 1L;

    public ResourceUnavailableException(String msg, Class<?> scope, long resourceId) {
        super(msg);
    }
}
