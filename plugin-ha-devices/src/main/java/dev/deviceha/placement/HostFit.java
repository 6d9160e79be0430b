package dev.deviceha.placement;

import java.util.List;
import java.util.stream.Collectors;

/** Whether one host can take all device requests of a VM, and if not, what it lacks. */
public record HostFit(long hostId, List<Shortfall> shortfalls) {
    public HostFit {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean fits() {
        return shortfalls.isEmpty();
    }

    /** For operators: {@code host 12 lacks SRIOV_VF/trading-net: needs 2, 1 free}. */
    public String describe() {
        if (fits()) {
            return "host " + hostId + " has every requested device free";
        }
        return "host " + hostId + " lacks "
                + shortfalls.stream().map(Shortfall::describe).collect(Collectors.joining("; "));
    }
}
