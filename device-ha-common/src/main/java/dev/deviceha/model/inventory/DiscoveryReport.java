package dev.deviceha.model.inventory;

import java.util.List;

/**
 * What one scan of a host found: its devices, and a warning for each device or source that could not be read
 * completely. A partial scan still reports everything it could read.
 */
public record DiscoveryReport(List<HostDevice> devices, List<String> warnings) {
    public DiscoveryReport {
        devices = List.copyOf(devices);
        warnings = List.copyOf(warnings);
    }
}
