package dev.deviceha.allocation;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import java.util.Objects;

/** {@code count} units of one tag, with how strictly they must share a NUMA node. */
public record UnitRequest(TagRef tag, int count, NumaPolicy numa) {
    public UnitRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(numa, "numa");
        if (count < 1) {
            throw new IllegalArgumentException("a request needs at least one unit, got " + count);
        }
    }
}
