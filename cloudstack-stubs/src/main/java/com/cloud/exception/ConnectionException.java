// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/ConnectionException.java (4.22)
package com.cloud.exception;

public class ConnectionException extends CloudException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(boolean setupError, String msg) {
        super(msg);
    }
}
