package dev.deviceha.api;

/** A cluster by UUID, with its zone's UUID and its name for display. */
public record ClusterRef(String zoneUuid, String uuid, String name) {
}
