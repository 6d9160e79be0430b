package dev.deviceha.readiness;

import java.util.List;

/**
 * Whether a VM holding devices on {@code hostId} could be restarted with them on another host of its cluster now.
 *
 * @param candidateHosts other Up and Enabled hosts of the cluster with free devices for all its requests
 * @param reason         why it is not protected, naming each missing {@code KIND/tag}; null when it is
 */
public record VmReadiness(long vmId, String vmInstanceName, long hostId, boolean isProtected,
        List<Long> candidateHosts, String reason) {
    public VmReadiness {
        candidateHosts = List.copyOf(candidateHosts);
    }
}
