package dev.deviceha.inventory;

import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one host's report with its stored inventory and allocations. Pure: no database, no clock.
 *
 * <p>Usage fields ({@code free}, {@code usedBy}, {@code availableInstances}) change whenever a VM starts or stops,
 * so they are not reported as changes; they are judged against the allocations instead. An allocation made after
 * {@code judgeAllocationsUpTo} is not yet expected on the host (its VM may still be starting) and is not called
 * free on the host, though a foreign holder of its device still is a conflict.
 */
public final class InventoryReconciler {
    private static final Set<String> USAGE_FIELDS = Set.of("free", "usedBy", "availableInstances");
    private static final RecordComponent[] FIELDS = HostDevice.class.getRecordComponents();

    private InventoryReconciler() {
    }

    /** @throws IllegalArgumentException when the report names one address twice */
    public static Reconciliation reconcile(List<HostDevice> reported, List<StoredDevice> stored, List<HeldUnit> held,
            Instant judgeAllocationsUpTo) {
        requireUniqueAddresses(reported);
        Map<String, StoredDevice> storedByAddress = new HashMap<>();
        stored.forEach(device -> storedByAddress.put(device.address(), device));
        Map<String, List<HeldUnit>> heldByAddress = new HashMap<>();
        held.forEach(unit -> heldByAddress.computeIfAbsent(unit.address(), a -> new ArrayList<>()).add(unit));

        List<HostDevice> added = new ArrayList<>();
        List<DeviceChange> changed = new ArrayList<>();
        List<InventoryConflict> conflicts = new ArrayList<>();
        Set<String> reportedAddresses = new HashSet<>();
        for (HostDevice device : reported) {
            reportedAddresses.add(device.address());
            StoredDevice before = storedByAddress.get(device.address());
            if (before == null) {
                added.add(device);
            } else {
                Set<String> fields = changedFields(before, device);
                if (!fields.isEmpty()) {
                    changed.add(new DeviceChange(before, device, fields));
                }
            }
            List<HeldUnit> holders = heldByAddress.getOrDefault(device.address(), List.of());
            conflicts.addAll(device.backing() == DeviceBacking.MDEV_TYPE
                    ? poolConflicts(device, holders, judgeAllocationsUpTo)
                    : unitConflicts(device, holders, judgeAllocationsUpTo));
        }
        List<StoredDevice> vanished = stored.stream()
                .filter(device -> device.state() == DeviceState.PRESENT && !reportedAddresses.contains(device.address()))
                .toList();
        return new Reconciliation(added, changed, vanished, conflicts);
    }

    private static void requireUniqueAddresses(List<HostDevice> reported) {
        Set<String> seen = new HashSet<>();
        for (HostDevice device : reported) {
            if (!seen.add(device.address())) {
                throw new IllegalArgumentException("the report lists device " + device.address() + " twice");
            }
        }
    }

    private static Set<String> changedFields(StoredDevice before, HostDevice after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before.state() != DeviceState.PRESENT) {
            fields.add("state");
        }
        for (RecordComponent field : FIELDS) {
            if (!USAGE_FIELDS.contains(field.getName())
                    && !Objects.equals(value(field, before.device()), value(field, after))) {
                fields.add(field.getName());
            }
        }
        return fields;
    }

    private static Object value(RecordComponent field, HostDevice device) {
        try {
            return field.getAccessor().invoke(device);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read HostDevice." + field.getName(), e);
        }
    }

    /** A PCI function: one holder at most, compared by domain name. */
    private static List<InventoryConflict> unitConflicts(HostDevice device, List<HeldUnit> holders,
            Instant judgeUpTo) {
        if (holders.isEmpty()) {
            return device.free() ? List.of() : List.of(new InventoryConflict(device.address(),
                    ConflictType.IN_USE_BUT_UNALLOCATED, device.usedBy(), null,
                    "host reports it in use by " + holderName(device) + ", but no VM is allocated it"));
        }
        HeldUnit holder = holders.get(0);
        if (!device.free() && !holder.vmInstanceName().equals(device.usedBy())) {
            return List.of(new InventoryConflict(device.address(), ConflictType.ALLOCATED_BUT_USED_BY_OTHER,
                    device.usedBy(), holder.vmId(), "allocated to " + holder.vmInstanceName()
                            + ", but host reports it in use by " + holderName(device)));
        }
        if (device.free() && !holder.allocatedAt().isAfter(judgeUpTo)) {
            return List.of(new InventoryConflict(device.address(), ConflictType.ALLOCATED_BUT_FREE_ON_HOST,
                    null, holder.vmId(), "allocated to " + holder.vmInstanceName() + ", but host reports it free"));
        }
        return List.of();
    }

    /** An mdev pool: instances on the host against allocated slots. */
    private static List<InventoryConflict> poolConflicts(HostDevice pool, List<HeldUnit> holders,
            Instant judgeUpTo) {
        if (pool.totalInstances() == null || pool.availableInstances() == null) {
            return List.of();
        }
        int onHost = pool.totalInstances() - pool.availableInstances();
        List<HeldUnit> judged = holders.stream().filter(unit -> !unit.allocatedAt().isAfter(judgeUpTo)).toList();
        if (onHost > holders.size()) {
            return List.of(new InventoryConflict(pool.address(), ConflictType.IN_USE_BUT_UNALLOCATED, pool.usedBy(),
                    null, "host has " + onHost + " instance(s), but only " + holders.size() + " are allocated"));
        }
        if (onHost < judged.size()) {
            HeldUnit first = judged.get(0);
            return List.of(new InventoryConflict(pool.address(), ConflictType.ALLOCATED_BUT_FREE_ON_HOST, null,
                    first.vmId(), judged.size() + " instance(s) allocated (first to " + first.vmInstanceName()
                            + "), but host has " + onHost));
        }
        return List.of();
    }

    private static String holderName(HostDevice device) {
        return device.usedBy() == null ? "an unnamed holder" : device.usedBy();
    }
}
