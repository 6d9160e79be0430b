package dev.deviceha.api;

/** Filters for the HA readiness list; each null field matches everything. */
public record HaReadinessFilter(Long clusterId, Long vmId, Boolean isProtected) {
}
