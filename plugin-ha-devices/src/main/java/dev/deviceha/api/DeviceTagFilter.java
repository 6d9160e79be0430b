package dev.deviceha.api;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;

/** Filters for listing tags; each null field matches everything. */
public record DeviceTagFilter(String tagUuid, DeviceKind kind, TagName name) {
}
