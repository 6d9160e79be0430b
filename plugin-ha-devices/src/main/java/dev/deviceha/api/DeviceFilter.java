package dev.deviceha.api;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;

/** Filters for listing the device inventory; each null field matches everything. */
public record DeviceFilter(String deviceUuid, Long zoneId, Long clusterId, Long hostId, DeviceKind kind, TagRef tag,
        Boolean free, Long vmId) {
}
