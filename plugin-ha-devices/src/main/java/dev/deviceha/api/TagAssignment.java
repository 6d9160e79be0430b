package dev.deviceha.api;

import dev.deviceha.model.TagRef;
import java.util.List;
import java.util.Objects;

/** A tag and the devices, by UUID, to put it on or take it off. */
public record TagAssignment(TagRef tag, List<String> deviceUuids) {
    public TagAssignment {
        Objects.requireNonNull(tag, "tag");
        deviceUuids = List.copyOf(deviceUuids);
    }
}
