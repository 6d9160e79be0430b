// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ApiErrorCode.java (4.22)
package org.apache.cloudstack.api;

public enum ApiErrorCode {
    UNAUTHORIZED(401),
    METHOD_NOT_ALLOWED(405),
    MALFORMED_PARAMETER_ERROR(430),
    PARAM_ERROR(431),
    UNSUPPORTED_ACTION_ERROR(432),
    INTERNAL_ERROR(530),
    ACCOUNT_ERROR(531),
    INSUFFICIENT_CAPACITY_ERROR(533),
    RESOURCE_UNAVAILABLE_ERROR(534),
    RESOURCE_ALLOCATION_ERROR(535),
    RESOURCE_IN_USE_ERROR(536);

    private int httpCode;

    ApiErrorCode(int httpCode) {
        this.httpCode = httpCode;
    }

    public int getHttpCode() {
        return httpCode;
    }
}
