package dev.deviceha.service;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.StoredTagRule;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.inventory.AppliedReport;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryEntry;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.inventory.Reconciliation;
import dev.deviceha.inventory.StoredDevice;
import dev.deviceha.inventory.TagSource;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.rules.TagRuleEvaluator;
import dev.deviceha.model.tag.TagOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Applies a host's device report: screens it, reconciles it into the inventory (devices no longer reported become
 * MISSING), marks the devices CloudStack's own GPU framework manages, and re-tags: vGPU pools by their generated
 * tag, other devices by the tag rules, admin tags untouched.
 */
public final class InventorySync {
    private static final Logger LOG = LogManager.getLogger(InventorySync.class);

    private final InventoryApplier applier;
    private final InventoryRepository inventory;
    private final InventoryEntries entries;
    private final DeviceTagRepository tags;
    private final TagRuleRepository rules;

    public InventorySync(InventoryApplier applier, InventoryRepository inventory, InventoryEntries entries,
            DeviceTagRepository tags, TagRuleRepository rules) {
        this.applier = applier;
        this.inventory = inventory;
        this.entries = entries;
        this.tags = tags;
        this.rules = rules;
    }

    /**
     * @param cloudStackManaged addresses of the host's devices that CloudStack's GPU framework manages; a device
     *                          whose parent (its GPU) is managed counts as managed too
     * @throws IllegalArgumentException when the report cannot be stored at all (an address twice, for instance)
     */
    public InventorySyncResult apply(SyncedHost host, DiscoveryReport report, Set<String> cloudStackManaged) {
        DiscoveryReport screened = ReportScreening.screen(report);
        AppliedReport applied = applier.apply(host.ref(), screened.devices());
        List<InventoryEntry> hostEntries =
                markCloudStackManaged(host.ref().hostId(), applied.entries(), cloudStackManaged);
        List<String> warnings = new ArrayList<>(screened.warnings());
        List<TagRule> tagRules = tagRules(warnings);
        TaggingPlan plan = DeviceTagging.plan(hostEntries, new TagRuleEvaluator(tagRules), host.context());
        warnings.addAll(plan.warnings());
        plan.generated().values().stream().filter(Objects::nonNull).distinct()
                .forEach(tag -> tags.ensure(tag, null, TagOrigin.GENERATED));
        entries.setTags(plan.byRule(), TagSource.RULE);
        entries.setTags(plan.generated(), TagSource.GENERATED);
        List<String> tagChanges = describe(hostEntries, plan);

        Reconciliation r = applied.reconciliation();
        InventorySyncResult result = new InventorySyncResult(host.ref().hostId(), screened.devices().size(),
                r.added().size(), r.changed().size(), r.vanished().size(), tagChanges, plan.ruleConflicts(),
                r.conflicts(), applied.allocationsOnVanished(), warnings);
        log(result);
        return result;
    }

    /** Stores who manages each device where that changed, and returns the host's entries with it. */
    private List<InventoryEntry> markCloudStackManaged(long hostId, List<InventoryEntry> hostEntries,
            Set<String> managedAddresses) {
        List<InventoryEntry> marked = new ArrayList<>();
        Map<String, Boolean> changes = new HashMap<>();
        for (InventoryEntry entry : hostEntries) {
            StoredDevice stored = entry.stored();
            String parent = stored.device().parentAddress();
            boolean managed = managedAddresses.contains(stored.address())
                    || parent != null && managedAddresses.contains(parent);
            if (managed == stored.cloudstackManaged()) {
                marked.add(entry);
                continue;
            }
            changes.put(stored.address(), managed);
            marked.add(new InventoryEntry(new StoredDevice(stored.id(), stored.device(), stored.state(), stored.tag(),
                    managed), entry.uuid(), entry.hostId(), entry.clusterId(), entry.zoneId(), entry.tagSource()));
        }
        inventory.setCloudStackManaged(hostId, changes);
        return marked;
    }

    private List<TagRule> tagRules(List<String> warnings) {
        List<TagRule> converted = new ArrayList<>();
        for (StoredTagRule stored : rules.list()) {
            try {
                converted.add(StoredRules.toModel(stored));
            } catch (IllegalArgumentException e) {
                warnings.add("tag rule " + stored.uuid() + " is ignored: " + e.getMessage());
            }
        }
        return converted;
    }

    private static List<String> describe(List<InventoryEntry> before, TaggingPlan plan) {
        Map<Long, InventoryEntry> byId = new HashMap<>();
        before.forEach(entry -> byId.put(entry.stored().id(), entry));
        List<String> lines = new ArrayList<>();
        plan.byRule().forEach((id, tag) -> lines.add(line(byId.get(id), tag, "rule")));
        plan.generated().forEach((id, tag) -> lines.add(line(byId.get(id), tag, "vGPU profile")));
        lines.sort(String::compareTo);
        return lines;
    }

    private static String line(InventoryEntry entry, TagRef tag, String by) {
        return entry.stored().address() + ": " + (entry.stored().tag() == null ? "untagged" : entry.stored().tag())
                + " -> " + (tag == null ? "untagged" : tag) + " (by " + by + ")";
    }

    private static void log(InventorySyncResult result) {
        if (!result.tagChanges().isEmpty()) {
            LOG.info("Host {} tags changed: {}", result.hostId(), result.tagChanges());
        }
        result.ruleConflicts().forEach(line -> LOG.warn("Host {}: {}", result.hostId(), line));
        result.warnings().forEach(line -> LOG.warn("Host {} report: {}", result.hostId(), line));
    }
}
