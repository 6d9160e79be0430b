package dev.deviceha.drill.chaos;

import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;

/** A VM as CloudStack's {@code vm_instance} row holds it; only {@link ChaosCloud}'s state machine changes it. */
final class ChaosVm {
    final VmRef ref;
    /** What its {@code deviceha.requests} detail asks for. */
    final List<DeviceRequest> requests;
    final boolean haEnabled;
    VmState state = VmState.Stopped;
    Long hostId;

    ChaosVm(VmRef ref, List<DeviceRequest> requests, boolean haEnabled) {
        this.ref = ref;
        this.requests = requests;
        this.haEnabled = haEnabled;
    }

    long id() {
        return ref.id();
    }

    String name() {
        return ref.instanceName();
    }

    @Override
    public String toString() {
        return name() + " (" + state + (hostId == null ? "" : " on host " + hostId) + ")";
    }
}
