package dev.deviceha.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to what the API facade needs from CloudStack: names and UUIDs for results, and who may see which VM. */
public interface CloudStackLookup {

    /** The host with its zone and cluster, by UUID; empty when it does not exist. */
    Optional<HostRef> host(long hostId);

    /** The cluster by UUID and name, with its zone's UUID; empty when it does not exist. */
    Optional<ClusterRef> cluster(long clusterId);

    /** The host's cluster id; empty when the host does not exist or has none. */
    Optional<Long> clusterOf(long hostId);

    /** The VM by UUID and name; empty when it does not exist. */
    Optional<VmRef> vm(long vmId);

    boolean hostExists(UUID hostUuid);

    boolean clusterExists(UUID clusterUuid);

    /**
     * The VM by UUID and name when it exists and the caller's account may see it, by CloudStack's usual access
     * rules; empty otherwise.
     */
    Optional<VmRef> visibleVm(Caller caller, long vmId);

    /** VMs whose own {@code deviceha.requests} detail is set (not those that have one only from their offering). */
    List<Long> vmsWithRequestDetails();

    /** Every {@code deviceha.requests} detail of a VM or service offering that still exists (not removed). */
    List<RequestDetail> requestDetails();
}
