package dev.deviceha.api;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;

/** One device request of a VM as the API shows it; {@code vlan} is null when not set. */
public record DeviceRequestInfo(VmRef vm, TagRef tag, int count, VlanId vlan, NumaPolicy numa,
        RequestSource source) {
}
