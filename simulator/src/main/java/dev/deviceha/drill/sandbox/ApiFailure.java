package dev.deviceha.drill.sandbox;

import org.apache.cloudstack.api.ApiErrorCode;

/**
 * An API error as CloudStack answers it: the HTTP status (ApiErrorCode), CloudStack's {@code cserrorcode} (the
 * exception class's code in CSExceptionErrorCode) and the text.
 */
public final class ApiFailure extends RuntimeException {
    /** CSExceptionErrorCode of ServerApiException, what errors the API framework raises itself carry. */
    static final int SERVER_API_EXCEPTION = 9999;
    /** CSExceptionErrorCode of InvalidParameterValueException. */
    static final int INVALID_PARAMETER_VALUE = 4350;
    /** No cserrorcode: the servlet's refusal of an unauthenticated request. */
    static final int NONE = 0;
    private static final long serialVersionUID = 1L;

    private final transient ApiErrorCode code;
    private final int csErrorCode;

    public ApiFailure(ApiErrorCode code, int csErrorCode, String text) {
        super(text);
        this.code = code;
        this.csErrorCode = csErrorCode;
    }

    public static ApiFailure of(ApiErrorCode code, String text) {
        return new ApiFailure(code, SERVER_API_EXCEPTION, text);
    }

    /** ApiServlet's answer to a request it cannot authenticate. */
    public static ApiFailure unauthorized() {
        return new ApiFailure(ApiErrorCode.UNAUTHORIZED, NONE,
                "unable to verify user credentials and/or request signature");
    }

    /** InvalidParameterValueException, as services throw it and the dispatcher turns it into a 431. */
    public static ApiFailure invalidParameterValue(String text) {
        return new ApiFailure(ApiErrorCode.PARAM_ERROR, INVALID_PARAMETER_VALUE, text);
    }

    public ApiErrorCode code() {
        return code;
    }

    public int csErrorCode() {
        return csErrorCode;
    }
}
