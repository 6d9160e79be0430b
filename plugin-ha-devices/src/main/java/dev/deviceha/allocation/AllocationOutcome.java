package dev.deviceha.allocation;

import java.util.List;
import java.util.Objects;

/** What one all-or-nothing allocation did: every unit granted, or nothing held and the first request that failed. */
public sealed interface AllocationOutcome {

    /** Every request was met; the units are now the VM's. */
    record Granted(List<AllocatedUnit> units) implements AllocationOutcome {
        public Granted {
            units = List.copyOf(units);
        }
    }

    /** Nothing was allocated: {@code unmet} could not be satisfied on the host with what was left. */
    record Refused(UnitRequest unmet, int available) implements AllocationOutcome {
        public Refused {
            Objects.requireNonNull(unmet, "unmet");
        }

        public String reason() {
            return "host has " + available + " free unit(s) of " + unmet.tag() + " for a request of "
                    + unmet.count() + " (NUMA " + unmet.numa().canonical() + ")";
        }
    }
}
