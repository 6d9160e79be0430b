package dev.deviceha.lifecycle;

/** What a VM state transition means for the VM's device allocation. */
public sealed interface AllocationAction {

    /** Take the VM's devices on this host, all or nothing, reusing the identities fixed at its first allocation. */
    record Allocate(long hostId) implements AllocationAction {
    }

    /** Give back the devices the VM holds on this host; its identities stay reserved for its next start. */
    record Release(long hostId) implements AllocationAction {
    }

    /** The VM is gone: give back everything and forget its identities. */
    record ReleaseAll() implements AllocationAction {
    }
}
