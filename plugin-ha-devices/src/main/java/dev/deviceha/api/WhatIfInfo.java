package dev.deviceha.api;

import java.util.List;

/**
 * What a failure of one host (or of two together) would do to the HA-enabled device VMs of its cluster.
 *
 * @param restartable how many of the failed hosts' HA-enabled device VMs could all restart elsewhere
 * @param worstPair   this is the pair of hosts whose failure strands the most, listed because the policy asks for
 *                    two failures
 */
public record WhatIfInfo(ClusterRef cluster, List<HostRef> failedHosts, int restartable, List<StrandedVmInfo> stranded,
        boolean worstPair) {
    public WhatIfInfo {
        failedHosts = List.copyOf(failedHosts);
        stranded = List.copyOf(stranded);
    }
}
