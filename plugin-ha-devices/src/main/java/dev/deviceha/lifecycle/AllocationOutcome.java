package dev.deviceha.lifecycle;

import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.placement.Shortfall;
import java.util.List;

/** The answer of the allocation port: the devices taken, or why none were. */
public sealed interface AllocationOutcome {

    record Allocated(List<AssignedDevice> devices) implements AllocationOutcome {
        public Allocated {
            devices = List.copyOf(devices);
        }
    }

    /** Nothing was taken: the host lacks these devices now (another VM may have taken them since planning). */
    record Refused(List<Shortfall> shortfalls) implements AllocationOutcome {
        public Refused {
            shortfalls = List.copyOf(shortfalls);
        }
    }
}
