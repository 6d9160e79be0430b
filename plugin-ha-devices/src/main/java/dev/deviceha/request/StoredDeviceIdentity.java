package dev.deviceha.request;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.TagRef;
import java.util.Objects;

/**
 * The identity the {@code ordinal}-th device of a tag keeps for a VM wherever it starts: a VF's MAC (unique within
 * the zone) or an mdev's UUID (unique everywhere). Either may be null for devices that have none.
 */
public record StoredDeviceIdentity(long vmId, long zoneId, TagRef tag, int ordinal, MacAddress mac, MdevUuid mdevUuid) {
    public StoredDeviceIdentity {
        Objects.requireNonNull(tag, "tag");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative, got " + ordinal);
        }
    }
}
