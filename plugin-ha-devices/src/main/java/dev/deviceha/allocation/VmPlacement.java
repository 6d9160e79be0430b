package dev.deviceha.allocation;

/** A VM that holds devices, and the host it holds them on. */
public record VmPlacement(long vmId, String vmInstanceName, long hostId) {
}
