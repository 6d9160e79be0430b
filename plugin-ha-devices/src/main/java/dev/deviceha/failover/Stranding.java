package dev.deviceha.failover;

import java.util.List;

/**
 * What one failure set does to the HA-enabled device VMs of a cluster: the hosts failing together, how many of
 * their VMs could all be restarted elsewhere, and the ones that could not.
 */
public record Stranding(List<Long> failedHostIds, int restartable, List<StrandedVm> stranded) {
    public Stranding {
        failedHostIds = List.copyOf(failedHostIds);
        stranded = List.copyOf(stranded);
    }

    public boolean survives() {
        return stranded.isEmpty();
    }
}
