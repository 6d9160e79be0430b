package dev.deviceha.allocation;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exhaustive check: can one host serve all these requests at once, by some choice of units? The rules are the
 * allocator's hard ones (a NUMA-{@code required} request on one node, one vGPU type per GPU); the choice is free.
 */
final class ExactUnits {
    private final List<AllocatableDevice> devices;
    private final List<UnitRequest> requests;
    private final int[] used;
    private final Map<String, MdevTypeId> gpuTypes = new HashMap<>();

    private ExactUnits(List<AllocatableDevice> devices, List<UnitRequest> requests) {
        this.devices = devices;
        this.requests = requests;
        this.used = new int[devices.size()];
    }

    static boolean fit(List<AllocatableDevice> devices, List<UnitRequest> requests) {
        return new ExactUnits(devices, requests).serve(0);
    }

    private boolean serve(int request) {
        if (request == requests.size()) {
            return true;
        }
        UnitRequest r = requests.get(request);
        if (r.numa() != NumaPolicy.REQUIRED) {
            return spread(request, 0, r.count(), null);
        }
        return devices.stream().map(AllocatableDevice::numaNode).distinct()
                .anyMatch(node -> spread(request, 0, r.count(), node));
    }

    /** Takes {@code left} units for the request from devices {@code from..}, on {@code node} when it is set. */
    private boolean spread(int request, int from, int left, Integer node) {
        if (left == 0) {
            return serve(request + 1);
        }
        UnitRequest r = requests.get(request);
        for (int d = from; d < devices.size(); d++) {
            AllocatableDevice device = devices.get(d);
            if (!r.tag().equals(device.tag()) || node != null && !Objects.equals(node, device.numaNode())) {
                continue;
            }
            String gpu = device.sharesGpuWithSiblings() ? device.parentAddress() : null;
            MdevTypeId committed = gpu == null ? null : gpuTypes.get(gpu);
            if (committed != null && !committed.equals(device.type())) {
                continue;
            }
            int free = device.capacity() - device.takenSlots().size() - used[d];
            for (int take = Math.min(left, free); take >= 1; take--) {
                used[d] += take;
                if (gpu != null && committed == null) {
                    gpuTypes.put(gpu, device.type());
                }
                boolean served = spread(request, d + 1, left - take, node);
                used[d] -= take;
                if (gpu != null && committed == null && used(gpu) == 0) {
                    gpuTypes.remove(gpu);
                }
                if (served) {
                    return true;
                }
            }
        }
        return false;
    }

    private int used(String gpu) {
        int total = 0;
        for (int d = 0; d < devices.size(); d++) {
            if (gpu.equals(devices.get(d).parentAddress())) {
                total += used[d];
            }
        }
        return total;
    }
}
