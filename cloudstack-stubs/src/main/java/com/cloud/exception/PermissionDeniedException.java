// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/PermissionDeniedException.java (4.22)
package com.cloud.exception;

import com.cloud.utils.exception.CloudRuntimeException;

public class PermissionDeniedException extends CloudRuntimeException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message, null);
    }
}
