package dev.deviceha.api;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import java.util.Objects;

/** An admin-defined tag to create; {@code description} may be null. */
public record NewDeviceTag(DeviceKind kind, TagName name, String description) {
    public NewDeviceTag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
