package dev.deviceha.api;

import dev.deviceha.model.TagRef;

/** A tag rule as the API shows it; selector fields that the rule does not use are null. */
public record TagRuleInfo(String uuid, TagRef tag, int priority, String vendorId, String productId,
        String netdevGlob, String pciAddressGlob, String hostUuid, String clusterUuid) {
}
