package dev.deviceha.api;

import dev.deviceha.model.TagRef;

/** Filters for listing VM device requests; each null field matches everything. */
public record DeviceRequestFilter(Long vmId, TagRef tag) {
}
