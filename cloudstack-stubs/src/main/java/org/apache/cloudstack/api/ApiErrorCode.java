// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ApiErrorCode.java (4.22)
package org.apache.cloudstack.api;

public enum ApiErrorCode {
    PARAM_ERROR,
    ACCOUNT_ERROR,
    RESOURCE_UNAVAILABLE_ERROR,
    RESOURCE_IN_USE_ERROR
}
