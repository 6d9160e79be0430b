// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/exception/CloudRuntimeException.java (4.22)
package com.cloud.utils.exception;

public class CloudRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CloudRuntimeException(String message) {
        super(message);
    }

    public CloudRuntimeException(String message, Throwable th) {
        super(message, th);
    }

    protected CloudRuntimeException() {
    }
}
