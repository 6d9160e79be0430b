package dev.deviceha.api;

/** A VM by UUID, with its name for display. */
public record VmRef(String uuid, String name) {
}
