package dev.deviceha.cloudstack.api;

import dev.deviceha.api.DeviceHaApiException;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;

/** Turns a refusal of the device HA API into the CloudStack error the caller sees. */
final class ApiErrors {
    private ApiErrors() {
    }

    static ServerApiException toServerApiException(DeviceHaApiException refusal) {
        return new ServerApiException(errorCode(refusal.failure()), refusal.getMessage());
    }

    static ApiErrorCode errorCode(DeviceHaApiException.Failure failure) {
        return switch (failure) {
            case INVALID_PARAMETER, NOT_FOUND, CONFLICT -> ApiErrorCode.PARAM_ERROR;
            case IN_USE -> ApiErrorCode.RESOURCE_IN_USE_ERROR;
            case NOT_PERMITTED -> ApiErrorCode.ACCOUNT_ERROR;
            case UNAVAILABLE -> ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR;
        };
    }
}
