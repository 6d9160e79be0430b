package dev.deviceha.request;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import java.util.Objects;

/**
 * One request item as stored: its canonical text (e.g. {@code SRIOV_VF/trading-net;count=2;vlan=100;numa=required}),
 * which the request model parses back, and the columns queries need.
 */
public record StoredDeviceRequest(TagRef tag, int count, NumaPolicy numa, String text) {
    public StoredDeviceRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(numa, "numa");
        Objects.requireNonNull(text, "text");
        if (count < 1) {
            throw new IllegalArgumentException("a request needs at least one unit, got " + count);
        }
    }
}
