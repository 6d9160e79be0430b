package dev.deviceha.lifecycle;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import java.util.Map;

/**
 * Port to the allocation store, which must be atomic in the shared database (many management servers start VMs at
 * once); the rules that call it hold no state of their own.
 */
public interface DeviceAllocationPort {

    /**
     * Takes free devices for every request on the host, all or nothing. Idempotent: allocating again what the VM
     * already holds on the host returns the same devices. Identities (VF MACs, mdev UUIDs) are fixed at the VM's
     * first allocation and reused on every later one, on whatever host.
     */
    AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests);

    /** How many units of each tag the VM holds, on whatever host; empty when it holds none. */
    Map<TagRef, Long> holdings(long vmId);

    /**
     * Frees what the VM holds on the host; keeps its identities. A no-op when it holds nothing there.
     *
     * @return how many device units were freed
     */
    int release(long vmId, long hostId);

    /**
     * Frees what the VM holds anywhere and forgets its identities and stored requests (the VM is expunged).
     *
     * @return whether the VM held any device unit or identity
     */
    boolean releaseAll(long vmId);
}
