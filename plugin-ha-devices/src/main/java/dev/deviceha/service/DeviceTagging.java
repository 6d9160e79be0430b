package dev.deviceha.service;

import dev.deviceha.inventory.DeviceState;
import dev.deviceha.inventory.InventoryEntry;
import dev.deviceha.inventory.TagSource;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.rules.TagRuleDecision;
import dev.deviceha.model.rules.TagRuleEvaluator;
import dev.deviceha.model.tag.VgpuTagNamer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the tags of a host's present devices: vGPU pools get the tag generated from their profile; other devices
 * follow the tag rules unless an admin tagged them; devices CloudStack's own GPU framework manages get no rule or
 * generated tag at all, so the plugin never competes for them.
 */
final class DeviceTagging {
    /** pci.ids names such as {@code TU104GL [Tesla T4]}: the bracketed part is the marketing model. */
    private static final Pattern BRACKETED_MODEL = Pattern.compile("\\[([^\\]]+)]");

    private DeviceTagging() {
    }

    static TaggingPlan plan(List<InventoryEntry> entries, TagRuleEvaluator rules, HostContext host) {
        Map<Long, TagRef> byRule = new HashMap<>();
        Map<Long, TagRef> generated = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (InventoryEntry entry : entries) {
            if (entry.stored().state() != DeviceState.PRESENT || entry.tagSource() == TagSource.ADMIN) {
                continue;
            }
            HostDevice device = entry.stored().device();
            TagRef current = entry.stored().tag();
            long id = entry.stored().id();
            if (entry.stored().cloudstackManaged()) {
                if (current != null) {
                    (entry.tagSource() == TagSource.GENERATED ? generated : byRule).put(id, null);
                }
            } else if (device.kind() == DeviceKind.VGPU) {
                TagRef wanted = vgpuTag(device, warnings);
                if (!Objects.equals(wanted, current)) {
                    generated.put(id, wanted);
                }
            } else {
                TagRuleDecision decision = rules.decide(device, host);
                if (decision.isConflict()) {
                    conflicts.add(decision.describe(device.address()));
                }
                TagRef wanted = decision.tag().orElse(null);
                if (!Objects.equals(wanted, current)) {
                    byRule.put(id, wanted);
                }
            }
        }
        return new TaggingPlan(byRule, generated, conflicts, warnings);
    }

    private static TagRef vgpuTag(HostDevice device, List<String> warnings) {
        if (device.profileName() == null) {
            warnings.add("vGPU type " + device.address() + " reports no profile name: it gets no tag");
            return null;
        }
        try {
            return VgpuTagNamer.tagFor(gpuModel(device.productName()), device.profileName().strip());
        } catch (IllegalArgumentException e) {
            warnings.add("vGPU type " + device.address() + " gets no tag: " + e.getMessage());
            return null;
        }
    }

    static String gpuModel(String productName) {
        if (productName == null) {
            return null;
        }
        Matcher bracketed = BRACKETED_MODEL.matcher(productName);
        return bracketed.find() ? bracketed.group(1).strip() : productName.strip();
    }
}
