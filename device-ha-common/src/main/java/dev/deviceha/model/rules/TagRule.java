package dev.deviceha.model.rules;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies an admin-defined tag to the devices its selector picks. When several rules match one device the highest
 * priority wins; see {@link TagRuleEvaluator} for ties.
 *
 * @param id       the rule's identity, reported when rules conflict
 * @param priority from {@value #MIN_PRIORITY} to {@value #MAX_PRIORITY}, higher wins
 */
public record TagRule(UUID id, TagRef tag, DeviceSelector selector, int priority) {
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 1000;

    public TagRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(selector, "selector");
        if (!tag.kind().hasAdminDefinedTags()) {
            throw new InvalidValueException("tag rule target", tag.toString(),
                    tag.kind() + " tags are generated, rules apply admin-defined tags only");
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new InvalidValueException("tag rule priority", Integer.toString(priority),
                    "expected " + MIN_PRIORITY + " to " + MAX_PRIORITY);
        }
    }

    /**
     * A rule only tags devices of its tag's kind. A PCI function the agent reported without a kind (an NVMe, an
     * FPGA) counts as a whole PCI device, since tagging it is how an admin makes it assignable.
     */
    public boolean matches(HostDevice device, HostContext host) {
        return appliesToKindOf(device) && selector.matches(device, host);
    }

    private boolean appliesToKindOf(HostDevice device) {
        if (device.kind() == null) {
            return tag.kind() == DeviceKind.PCI && device.backing() == DeviceBacking.PCI_FUNCTION;
        }
        return device.kind() == tag.kind();
    }
}
