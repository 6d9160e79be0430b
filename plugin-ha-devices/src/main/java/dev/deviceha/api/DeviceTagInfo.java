package dev.deviceha.api;

import dev.deviceha.model.TagRef;

/**
 * A tag as the API shows it.
 *
 * @param generated    true for vGPU tags derived from GPU model and profile, false for admin-defined tags
 * @param deviceCount  devices that carry the tag
 * @param requestCount VM and offering requests that ask for it
 */
public record DeviceTagInfo(String uuid, TagRef tag, String description, boolean generated, int deviceCount,
        int requestCount) {
}
