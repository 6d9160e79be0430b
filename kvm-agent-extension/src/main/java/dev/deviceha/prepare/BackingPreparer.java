package dev.deviceha.prepare;

import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import java.io.IOException;

/** Makes one assigned device ready on this host for the VM, converging from whatever state it finds. */
interface BackingPreparer {
    /** {@code domains} tells which running domains hold which devices. */
    void prepare(VmInstanceName vm, AssignedDevice device, HostDomains domains)
            throws PreparationException, IOException;
}
