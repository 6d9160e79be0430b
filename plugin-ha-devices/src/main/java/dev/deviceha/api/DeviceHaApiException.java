package dev.deviceha.api;

import dev.deviceha.model.TagRef;

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

    /** A request names a tag that does not exist; vGPU tags cannot be created, they come from hosts' reports. */
    public static DeviceHaApiException unknownTag(String parameter, TagRef tag) {
        return new DeviceHaApiException(Failure.NOT_FOUND, "parameter " + parameter + ": no device tag " + tag
                + (tag.kind().hasAdminDefinedTags() ? "; create it first"
                        : "; vGPU tags appear when a host reports the profile"));
    }

    public Failure failure() {
        return failure;
    }
}
