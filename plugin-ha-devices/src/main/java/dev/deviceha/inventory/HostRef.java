package dev.deviceha.inventory;

/** A CloudStack host by its database ids; {@code clusterId} is null for a host outside any cluster. */
public record HostRef(long hostId, Long clusterId, long zoneId) {
}
