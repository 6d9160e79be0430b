package dev.deviceha.drill.cloudstack;

import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;

/**
 * A VM as CloudStack's {@code vm_instance} row holds it: identity, state, current host, HA flag. Only the
 * stand-ins of this package change it, as only CloudStack's state machine changes the row.
 */
public final class VmRecord {
    private final VmRef ref;
    private final String name;
    private final boolean haEnabled;
    private VmState state = VmState.Stopped;
    private Long hostId;

    public VmRecord(VmRef ref, String name, boolean haEnabled) {
        this.ref = ref;
        this.name = name;
        this.haEnabled = haEnabled;
    }

    public VmRef ref() {
        return ref;
    }

    public long id() {
        return ref.id();
    }

    public String name() {
        return name;
    }

    public boolean haEnabled() {
        return haEnabled;
    }

    public VmState state() {
        return state;
    }

    public Long hostId() {
        return hostId;
    }

    void moveTo(VmState newState, Long newHostId) {
        state = newState;
        hostId = newHostId;
    }
}
