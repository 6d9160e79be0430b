// Mirrors apache/cloudstack api/src/main/java/com/cloud/exception/ResourceAllocationException.java (4.22)
package com.cloud.exception;

// Only thrown by CloudStack: upstream's constructor takes a Resource.ResourceType, which no stub needs.
public class ResourceAllocationException extends ManagementServerException {
    private static final long serialVersionUID = 1L;

    private ResourceAllocationException() {
        super(null);
    }
}
