package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.sandbox.ApiFailure;
import dev.deviceha.drill.sandbox.UnwrappedResponse;

/** A failed job's result: ExceptionResponse, written without an object name. */
final class JobFailureResponse extends BaseResponse implements UnwrappedResponse {
    @SerializedName("errorcode")
    @Param(description = "the HTTP status of the error")
    private final int errorCode;

    @SerializedName("errortext")
    @Param(description = "what went wrong")
    private final String errorText;

    JobFailureResponse(ApiFailure failure) {
        errorCode = failure.code().getHttpCode();
        errorText = failure.getMessage();
    }
}
