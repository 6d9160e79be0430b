package dev.deviceha.placement;

import java.util.List;

/** The free device pools of one host. A host without any matching free device has an empty list. */
public record HostDevices(long hostId, List<DevicePool> pools) {
    public HostDevices {
        pools = List.copyOf(pools);
    }
}
