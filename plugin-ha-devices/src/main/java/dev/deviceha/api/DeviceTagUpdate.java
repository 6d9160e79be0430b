package dev.deviceha.api;

import java.util.Objects;

/** The kind and name identify a tag in VM requests, so only the description may change. */
public record DeviceTagUpdate(String tagUuid, String description) {
    public DeviceTagUpdate {
        Objects.requireNonNull(tagUuid, "tagUuid");
        Objects.requireNonNull(description, "description");
    }
}
