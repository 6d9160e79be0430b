package dev.deviceha.allocation;

import java.util.List;

/** Hosts' devices with their taken slots, and what each VM holds on them. */
public record HostHoldings(List<AllocatableDevice> devices, List<Holding> holdings) {
    public HostHoldings {
        devices = List.copyOf(devices);
        holdings = List.copyOf(holdings);
    }
}
