package dev.deviceha.api;

/** Where a host sits, by UUID, with its name for display. */
public record HostRef(String zoneUuid, String clusterUuid, String uuid, String name) {
}
