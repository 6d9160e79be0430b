package dev.deviceha.drill.report;

import java.util.List;

/**
 * Where a VM runs before the failure, with its devices and the hosts failover admission steered it away from;
 * {@code host} null and {@code reason} set when it could not start at all.
 */
public record Placement(String vm, boolean haEnabled, String requests, String host, List<DeviceView> devices,
        List<String> avoidedForFailover, String reason, double millis) {
    public Placement {
        devices = List.copyOf(devices);
        avoidedForFailover = List.copyOf(avoidedForFailover);
    }
}
