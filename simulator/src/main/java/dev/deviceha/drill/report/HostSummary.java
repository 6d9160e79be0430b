package dev.deviceha.drill.report;

import java.util.Map;

/** A host as the management server's inventory holds it after discovery: units per tag (untagged ones left out). */
public record HostSummary(String name, String cluster, Map<String, Integer> unitsByTag) {
    public HostSummary {
        unitsByTag = Map.copyOf(unitsByTag);
    }
}
