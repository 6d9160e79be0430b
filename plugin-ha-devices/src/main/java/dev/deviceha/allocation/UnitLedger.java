package dev.deviceha.allocation;

import dev.deviceha.model.MdevTypeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which slots are taken, and which vGPU type each physical GPU is committed to, while units are being counted or
 * picked. Once any unit of a GPU is taken, units of another type on that GPU are unavailable.
 */
public final class UnitLedger {
    private final Map<Long, Set<Integer>> taken = new HashMap<>();
    private final Map<AllocatableDevice.GpuKey, MdevTypeId> gpuTypes = new HashMap<>();

    public UnitLedger(List<AllocatableDevice> pools) {
        for (AllocatableDevice pool : pools) {
            taken.put(pool.deviceId(), new TreeSet<>(pool.takenSlots()));
            if (!pool.takenSlots().isEmpty() && pool.sharesGpuWithSiblings()) {
                gpuTypes.putIfAbsent(pool.gpu(), pool.type());
            }
        }
    }

    /** Units of the pool that can still be given: none when absent, untagged, or its GPU runs another type. */
    public int free(AllocatableDevice pool) {
        if (!pool.allocatable() || pool.tag() == null || lockedToOtherType(pool)) {
            return 0;
        }
        Set<Integer> slots = taken.get(pool.deviceId());
        int used = (int) slots.stream().filter(slot -> slot < pool.capacity()).count();
        return Math.max(0, pool.capacity() - used);
    }

    /** Whether the pool's GPU already runs units of the pool's own type: packing there keeps other GPUs open. */
    boolean gpuRunsSameType(AllocatableDevice pool) {
        return pool.sharesGpuWithSiblings() && pool.type().equals(gpuTypes.get(pool.gpu()));
    }

    /** Takes the lowest free slot of the pool; the caller has checked {@link #free}. */
    int take(AllocatableDevice pool) {
        Set<Integer> slots = taken.get(pool.deviceId());
        int slot = 0;
        while (slots.contains(slot)) {
            slot++;
        }
        slots.add(slot);
        if (pool.sharesGpuWithSiblings()) {
            gpuTypes.putIfAbsent(pool.gpu(), pool.type());
        }
        return slot;
    }

    private boolean lockedToOtherType(AllocatableDevice pool) {
        if (!pool.sharesGpuWithSiblings()) {
            return false;
        }
        MdevTypeId committed = gpuTypes.get(pool.gpu());
        return committed != null && !committed.equals(pool.type());
    }
}
