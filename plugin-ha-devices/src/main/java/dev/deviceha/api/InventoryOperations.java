package dev.deviceha.api;

import dev.deviceha.catalog.StoredTag;
import dev.deviceha.inventory.DeviceState;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryEntry;
import dev.deviceha.inventory.TagSource;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.service.InventorySyncResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The device inventory behind the API: listing, manual tagging and rediscovery. */
final class InventoryOperations {
    private final InventoryEntries inventory;
    private final CatalogOperations catalog;
    private final CloudStackLookup cloudStack;
    private final HostRediscovery rediscovery;

    InventoryOperations(InventoryEntries inventory, CatalogOperations catalog, CloudStackLookup cloudStack,
            HostRediscovery rediscovery) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.cloudStack = cloudStack;
        this.rediscovery = rediscovery;
    }

    /** An id that names no device is refused, as CloudStack refuses an unknown id in its own lists. */
    Page<DeviceInfo> listDevices(DeviceFilter filter, PageRequest page) {
        if (filter.deviceUuid() != null && inventory.where(" WHERE d.uuid = ?", List.of(filter.deviceUuid()))
                .isEmpty()) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND, "parameter id: no device "
                    + InvalidValueException.quote(filter.deviceUuid()));
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, " AND d.uuid = ?", filter.deviceUuid());
        condition(where, params, " AND d.zone_id = ?", filter.zoneId());
        condition(where, params, " AND d.cluster_id = ?", filter.clusterId());
        condition(where, params, " AND d.host_id = ?", filter.hostId());
        if (filter.kind() == DeviceKind.PCI) {
            where.append(" AND (d.kind = 'PCI' OR d.kind IS NULL)");
        } else if (filter.kind() != null) {
            condition(where, params, " AND d.kind = ?", filter.kind().name());
        }
        if (filter.tag() != null) {
            where.append(" AND t.kind = ? AND t.name = ?");
            params.add(filter.tag().kind().name());
            params.add(filter.tag().name().value());
        }
        condition(where, params, " AND d.id IN (SELECT device_id FROM dha_allocation WHERE vm_id = ?)",
                filter.vmId());
        where.append(" ORDER BY d.host_id, d.address");
        List<InventoryEntry> entries = inventory.where(where.toString(), params);
        Map<Long, List<Long>> holders = holders(entries);
        List<InventoryEntry> matching = entries.stream()
                .filter(entry -> filter.free() == null || free(entry, holders) == filter.free())
                .toList();
        // Host and VM names come from CloudStack, a query each: only for the devices on the page.
        Page<InventoryEntry> shown = Pages.of(matching, page);
        return new Page<>(infos(shown.items(), holders), shown.total());
    }

    RediscoveryResult rediscover(long hostId) {
        HostRef host = cloudStack.host(hostId).orElseThrow(() ->
                new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND, "no host " + hostId));
        InventorySyncResult result;
        try {
            result = rediscovery.rediscover(hostId);
        } catch (IllegalStateException e) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.UNAVAILABLE, e.getMessage());
        }
        return new RediscoveryResult(host, result.deviceCount(), result.added(), result.missing(),
                result.warnings());
    }

    List<DeviceInfo> assign(TagAssignment assignment) {
        StoredTag tag = existingAdminTag(assignment.tag());
        List<InventoryEntry> devices = devices(assignment.deviceUuids());
        for (InventoryEntry device : devices) {
            HostDevice reported = device.stored().device();
            DeviceKind kind = reported.kind() == null ? DeviceKind.PCI : reported.kind();
            if (kind != tag.ref().kind()) {
                throw DeviceHaApiException.invalidParameter("deviceids", "device " + device.uuid() + " is a "
                        + kind + " device and cannot carry the " + tag.ref().kind() + " tag " + tag.ref());
            }
            if (device.stored().cloudstackManaged()) {
                throw DeviceHaApiException.invalidParameter("deviceids", "device " + device.uuid()
                        + " is managed by CloudStack's GPU framework; unmanage it there first");
            }
        }
        inventory.setTags(tagsFor(devices, tag.ref()), TagSource.ADMIN);
        return infos(devices(assignment.deviceUuids()));
    }

    List<DeviceInfo> unassign(TagAssignment assignment) {
        StoredTag tag = existingAdminTag(assignment.tag());
        List<InventoryEntry> devices = devices(assignment.deviceUuids());
        for (InventoryEntry device : devices) {
            if (!tag.ref().equals(device.stored().tag())) {
                throw DeviceHaApiException.invalidParameter("deviceids",
                        "device " + device.uuid() + " does not carry " + tag.ref());
            }
        }
        inventory.setTags(tagsFor(devices, null), TagSource.ADMIN);
        return infos(devices(assignment.deviceUuids()));
    }

    private StoredTag existingAdminTag(TagRef tag) {
        return catalog.find(ApiParams.adminDefinedTag("tag", tag)).orElseThrow(() ->
                new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND,
                        "parameter tag: no device tag " + tag));
    }

    private List<InventoryEntry> devices(List<String> uuids) {
        List<InventoryEntry> found = inventory.byUuids(new LinkedHashSet<>(uuids));
        Set<String> known = found.stream().map(InventoryEntry::uuid).collect(Collectors.toSet());
        List<String> unknown = uuids.stream().filter(uuid -> !known.contains(uuid)).toList();
        if (!unknown.isEmpty()) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND,
                    "parameter deviceids: no device " + String.join(", ", unknown));
        }
        return found;
    }

    private static Map<Long, TagRef> tagsFor(List<InventoryEntry> devices, TagRef tag) {
        Map<Long, TagRef> tags = new HashMap<>();
        devices.forEach(device -> tags.put(device.stored().id(), tag));
        return tags;
    }

    private List<DeviceInfo> infos(List<InventoryEntry> entries) {
        return infos(entries, holders(entries));
    }

    private List<DeviceInfo> infos(List<InventoryEntry> entries, Map<Long, List<Long>> holders) {
        Map<Long, HostRef> hosts = new HashMap<>();
        Map<Long, Optional<VmRef>> vms = new HashMap<>();
        List<DeviceInfo> infos = new ArrayList<>();
        for (InventoryEntry entry : entries) {
            List<Long> holding = holders.getOrDefault(entry.stored().id(), List.of());
            HostRef host = hosts.computeIfAbsent(entry.hostId(),
                    id -> cloudStack.host(id).orElse(new HostRef(null, null, null, "host " + id)));
            VmRef allocatedTo = holding.isEmpty() ? null
                    : vms.computeIfAbsent(holding.get(0), cloudStack::vm).orElse(null);
            infos.add(new DeviceInfo(entry.uuid(), host, entry.stored().device(), entry.stored().state(),
                    entry.stored().tag(), entry.stored().cloudstackManaged(), free(entry, holders), holding.size(),
                    allocatedTo));
        }
        return infos;
    }

    private Map<Long, List<Long>> holders(List<InventoryEntry> entries) {
        return inventory.holders(entries.stream().map(e -> e.stored().id()).toList());
    }

    /** Free means the plugin could allocate (a unit of) it now. */
    private static boolean free(InventoryEntry entry, Map<Long, List<Long>> holders) {
        int allocatedUnits = holders.getOrDefault(entry.stored().id(), List.of()).size();
        HostDevice device = entry.stored().device();
        if (entry.stored().state() != DeviceState.PRESENT || entry.stored().cloudstackManaged()) {
            return false;
        }
        if (device.backing() == DeviceBacking.MDEV_TYPE) {
            return device.totalInstances() != null && allocatedUnits < device.totalInstances();
        }
        return allocatedUnits == 0 && device.free();
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }
}
