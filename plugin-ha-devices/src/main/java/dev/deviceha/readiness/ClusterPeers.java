package dev.deviceha.readiness;

import java.util.List;

/** Port to CloudStack's hosts: where HA could restart the VMs of a host. */
public interface ClusterPeers {

    /** The other hosts of the host's cluster that are Up and Enabled; empty when there are none. */
    List<Long> peersOf(long hostId);
}
