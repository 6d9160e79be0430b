package dev.deviceha.api;

/** A request the device HA API refuses; the failure says which kind of API error it becomes. */
public final class DeviceHaApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Failure {
        INVALID_PARAMETER,
        NOT_FOUND,
        CONFLICT,
        IN_USE,
        NOT_PERMITTED,
        UNAVAILABLE
    }

    private final Failure failure;

    public DeviceHaApiException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public static DeviceHaApiException invalidParameter(String parameter, String reason) {
        return new DeviceHaApiException(Failure.INVALID_PARAMETER, "parameter " + parameter + ": " + reason);
    }

    public Failure failure() {
        return failure;
    }
}
