package dev.deviceha.failover;

import dev.deviceha.allocation.AllocatableDevice;
import dev.deviceha.allocation.UnitPicker;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cluster's devices in memory, with VMs placed by the allocator's own {@link UnitPicker}: what the failover tests
 * build clusters from, and what their exhaustive reference places VMs with.
 */
final class Inventory {
    static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    static final TagRef CRYPTO = TagRef.of(DeviceKind.HCT, "sm-crypto");
    static final TagRef T4_1Q = TagRef.of(DeviceKind.VGPU, "t4-1q");
    static final TagRef T4_2Q = TagRef.of(DeviceKind.VGPU, "t4-2q");

    private final List<AllocatableDevice> devices = new ArrayList<>();
    private final Map<Long, Set<Integer>> taken = new HashMap<>();
    private long nextId = 1;

    Inventory vfs(long hostId, TagRef tag, Integer node, int count) {
        for (int i = 0; i < count; i++) {
            long id = nextId++;
            devices.add(new AllocatableDevice(id, hostId, String.format("0000:3b:%02x.%d", id / 8, id % 8), tag,
                    DeviceBacking.PCI_FUNCTION, "0000:3b:00.0", null, node, 1, true, Set.of()));
        }
        return this;
    }

    /** One physical GPU offering two vGPU types: once one type runs on it, the other is gone. */
    Inventory gpu(long hostId, Integer node, int oneQ, int twoQ) {
        String parent = String.format("0000:af:%02x.0", nextId);
        devices.add(new AllocatableDevice(nextId++, hostId, parent + "/nvidia-222", T4_1Q, DeviceBacking.MDEV_TYPE,
                parent, MdevTypeId.parse("nvidia-222"), node, oneQ, true, Set.of()));
        devices.add(new AllocatableDevice(nextId++, hostId, parent + "/nvidia-223", T4_2Q, DeviceBacking.MDEV_TYPE,
                parent, MdevTypeId.parse("nvidia-223"), node, twoQ, true, Set.of()));
        return this;
    }

    /** Takes the units on the host as the allocator would; empty when they do not fit. */
    Optional<List<UnitPicker.PickedUnit>> allocate(long hostId, List<UnitRequest> requests) {
        UnitPicker.Picks picks = UnitPicker.pick(onHost(hostId), requests);
        if (!picks.granted()) {
            return Optional.empty();
        }
        picks.units().forEach(unit -> taken.computeIfAbsent(unit.pool().deviceId(), id -> new HashSet<>())
                .add(unit.slot()));
        return Optional.of(picks.units());
    }

    void release(List<UnitPicker.PickedUnit> units) {
        units.forEach(unit -> taken.get(unit.pool().deviceId()).remove(unit.slot()));
    }

    List<AllocatableDevice> onHost(long hostId) {
        return devices().stream().filter(d -> d.hostId() == hostId).toList();
    }

    List<AllocatableDevice> devices() {
        return devices.stream().map(d -> new AllocatableDevice(d.deviceId(), d.hostId(), d.address(), d.tag(),
                d.backing(), d.parentAddress(), d.type(), d.numaNode(), d.capacity(), d.allocatable(),
                taken.getOrDefault(d.deviceId(), Set.of()))).toList();
    }
}
