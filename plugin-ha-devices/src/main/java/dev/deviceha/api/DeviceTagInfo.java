package dev.deviceha.api;

import dev.deviceha.model.tag.DeviceTag;
import java.util.Objects;

/**
 * A tag as the API shows it: the model's tag (reference, description, origin) and how much uses it.
 *
 * @param deviceCount  devices that carry the tag
 * @param requestCount VM and offering requests that ask for it
 */
public record DeviceTagInfo(String uuid, DeviceTag tag, int deviceCount, int requestCount) {
    public DeviceTagInfo {
        Objects.requireNonNull(tag, "tag");
    }
}
