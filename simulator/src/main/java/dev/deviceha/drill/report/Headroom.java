package dev.deviceha.drill.report;

import java.util.List;

/**
 * One row of listDeviceFailoverCapacity: a tag's units in a cluster, the worst host failure's need and the headroom
 * left; {@code policyHolds} null when the policy is off.
 */
public record Headroom(String cluster, String tag, int total, int used, int free, int needed, List<String> worstHosts,
        int headroom, Boolean policyHolds) {
    public Headroom {
        worstHosts = List.copyOf(worstHosts);
    }
}
