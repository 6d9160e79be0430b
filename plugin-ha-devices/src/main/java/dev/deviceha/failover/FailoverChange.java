package dev.deviceha.failover;

/**
 * A cluster's failover protection changed since the last check: {@code lost} (or first seen without it), or
 * regained; {@code stranding} is the worst failure set now.
 */
public record FailoverChange(long clusterId, FailoverPolicy policy, boolean lost, Stranding stranding) {
}
