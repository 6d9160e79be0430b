// Mirrors apache/cloudstack utils/src/main/java/com/cloud/exception/CloudException.java (4.22)
package com.cloud.exception;

public class CloudException extends Exception {
    private static final long serialVersionUID = 1L;

    public CloudException(String message) {
        super(message);
    }
}
