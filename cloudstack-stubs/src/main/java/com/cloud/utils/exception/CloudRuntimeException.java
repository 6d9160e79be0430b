// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/exception/CloudRuntimeException.java (4.22)
package com.cloud.utils.exception;

public class CloudRuntimeException extends RuntimeException {
    protected CloudRuntimeException() {
    }
}
