package dev.deviceha.api;

import dev.deviceha.model.TagRef;

/** Filters for the failover capacity list; each null field matches everything. */
public record FailoverCapacityFilter(Long zoneId, Long clusterId, TagRef tag) {
}
