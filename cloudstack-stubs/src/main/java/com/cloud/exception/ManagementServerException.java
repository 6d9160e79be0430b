// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/ManagementServerException.java (4.22)
package com.cloud.exception;

public class ManagementServerException extends CloudException {
    private static final long serialVersionUID = 1L;

    public ManagementServerException(String message) {
        super(message);
    }
}
