package dev.deviceha.placement;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.request.DeviceRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pure check "does this host have free devices for all of a VM's requests". Requests are taken from a working
 * copy of the host's pools, the NUMA-{@code required} ones first because they are the hardest to place:
 * {@code required} needs all its devices on one NUMA node, {@code preferred} takes one node when one suffices and
 * spreads from the roomiest otherwise, {@code none} takes from the nodes with the fewest free units first.
 */
public final class DeviceFitCheck {
    private DeviceFitCheck() {
    }

    public static HostFit check(HostDevices host, List<DeviceRequest> requests) {
        return new HostFit(host.hostId(), takeAll(new FreeUnits(host.pools()), requests));
    }

    /**
     * The host's free pools once a VM that fits there has taken its devices, taken as {@link #check} counts them, so
     * that a what-if can place several VMs one after the other without counting a device twice.
     */
    public static HostDevices without(HostDevices host, List<DeviceRequest> requests) {
        FreeUnits free = new FreeUnits(host.pools());
        takeAll(free, requests);
        return new HostDevices(host.hostId(), free.pools());
    }

    private static List<Shortfall> takeAll(FreeUnits free, List<DeviceRequest> requests) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (DeviceRequest request : hardestFirst(requests)) {
            take(free, request).ifPresent(shortfalls::add);
        }
        return shortfalls;
    }

    private static List<DeviceRequest> hardestFirst(List<DeviceRequest> requests) {
        List<DeviceRequest> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparing((DeviceRequest r) -> r.numa() != NumaPolicy.REQUIRED));
        return ordered;
    }

    private static Optional<Shortfall> take(FreeUnits free, DeviceRequest request) {
        Optional<Integer> node = free.tightestNodeHolding(request.tag(), request.count());
        if (node.isPresent() && request.numa() != NumaPolicy.NONE) {
            free.take(request.tag(), node.get(), request.count());
            return Optional.empty();
        }
        if (request.numa() == NumaPolicy.REQUIRED) {
            return Optional.of(shortfall(request, free.largestNode(request.tag())));
        }
        int total = free.total(request.tag());
        if (total < request.count()) {
            return Optional.of(shortfall(request, total));
        }
        free.takeSpread(request.tag(), request.count(), request.numa() == NumaPolicy.PREFERRED);
        return Optional.empty();
    }

    private static Shortfall shortfall(DeviceRequest request, int free) {
        return new Shortfall(request.tag(), request.count(), free, request.numa());
    }
}
