package dev.deviceha.readiness;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.HostDevices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Takes a VM's devices out of a host's free pools the way the fit check counts them (NUMA {@code required} and
 * {@code preferred} from the tightest node that holds them, otherwise from the roomiest nodes first), so that a
 * what-if can restart several VMs one after the other without counting a device twice.
 */
final class FreePools {
    private FreePools() {
    }

    static HostDevices without(HostDevices host, List<DeviceRequest> requests) {
        List<DevicePool> pools = new ArrayList<>(host.pools());
        List<DeviceRequest> hardestFirst = new ArrayList<>(requests);
        hardestFirst.sort(Comparator.comparing((DeviceRequest r) -> r.numa() != NumaPolicy.REQUIRED));
        for (DeviceRequest request : hardestFirst) {
            take(pools, request);
        }
        return new HostDevices(host.hostId(), pools.stream().filter(pool -> pool.freeUnits() > 0).toList());
    }

    private static void take(List<DevicePool> pools, DeviceRequest request) {
        Optional<DevicePool> tightest = ofTag(pools, request.tag()).stream()
                .filter(pool -> pool.freeUnits() >= request.count())
                .min(Comparator.comparingInt(DevicePool::freeUnits));
        if (tightest.isPresent() && request.numa() != NumaPolicy.NONE) {
            replace(pools, tightest.get(), request.count());
            return;
        }
        int left = request.count();
        List<DevicePool> roomiestFirst = new ArrayList<>(ofTag(pools, request.tag()));
        roomiestFirst.sort(Comparator.comparingInt(DevicePool::freeUnits).reversed());
        for (DevicePool pool : roomiestFirst) {
            int taken = Math.min(left, pool.freeUnits());
            replace(pools, pool, taken);
            left -= taken;
            if (left == 0) {
                return;
            }
        }
    }

    private static List<DevicePool> ofTag(List<DevicePool> pools, TagRef tag) {
        return pools.stream().filter(pool -> pool.tag().equals(tag)).toList();
    }

    private static void replace(List<DevicePool> pools, DevicePool pool, int taken) {
        pools.set(pools.indexOf(pool), new DevicePool(pool.tag(), pool.numaNode(), pool.freeUnits() - taken));
    }
}
