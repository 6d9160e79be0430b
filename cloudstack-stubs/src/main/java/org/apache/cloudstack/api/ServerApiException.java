// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ServerApiException.java (4.22)
package org.apache.cloudstack.api;

import com.cloud.utils.exception.CloudRuntimeException;

public class ServerApiException extends CloudRuntimeException {
    private final ApiErrorCode errorCode;
    private final String description;

    public ServerApiException(ApiErrorCode errorCode, String description) {
        this.errorCode = errorCode;
        this.description = description;
    }

    public ApiErrorCode getErrorCode() {
        return errorCode;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public String getMessage() {
        return description;
    }
}
