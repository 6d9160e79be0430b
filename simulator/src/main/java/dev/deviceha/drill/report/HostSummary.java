package dev.deviceha.drill.report;

import java.util.List;
import java.util.Map;

/**
 * A host as the management server's inventory holds it after discovery: units per tag (untagged ones left out), and
 * what the inventory sync warned about (devices it could not read, tag rules in conflict).
 */
public record HostSummary(String name, String cluster, Map<String, Integer> unitsByTag, List<String> warnings) {
    public HostSummary {
        unitsByTag = Map.copyOf(unitsByTag);
        warnings = List.copyOf(warnings);
    }
}
