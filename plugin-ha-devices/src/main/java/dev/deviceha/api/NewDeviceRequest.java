package dev.deviceha.api;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import java.util.Objects;

/** A VM's request for {@code count} devices of a tag; {@code vlan} (SR-IOV VFs only) may be null. */
public record NewDeviceRequest(long vmId, TagRef tag, int count, VlanId vlan, NumaPolicy numa) {
    public NewDeviceRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(numa, "numa");
    }
}
