package dev.deviceha.service;

import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.StoredTagRule;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import java.util.UUID;

/** Converts tag rules between the model and their stored columns; stored values are validated on the way back. */
public final class StoredRules {
    private StoredRules() {
    }

    /** @throws IllegalArgumentException when a stored value no longer passes the model's checks */
    public static TagRule toModel(StoredTagRule stored) {
        RuleSelector s = stored.selector();
        DeviceSelector.Builder b = DeviceSelector.builder();
        if (s.vendorId() != null) {
            b.vendorId(s.vendorId());
        }
        if (s.productId() != null) {
            b.productId(s.productId());
        }
        if (s.netdevGlob() != null) {
            b.netdev(s.netdevGlob());
        }
        if (s.pciAddressGlob() != null) {
            b.address(s.pciAddressGlob());
        }
        if (s.hostUuid() != null) {
            b.hostUuid(s.hostUuid());
        }
        if (s.clusterUuid() != null) {
            b.clusterUuid(s.clusterUuid());
        }
        return new TagRule(UUID.fromString(stored.uuid()), stored.tag(), b.build(), stored.priority());
    }

    public static RuleSelector toColumns(DeviceSelector selector) {
        return new RuleSelector(text(selector.vendorId()), text(selector.productId()), text(selector.netdev()),
                text(selector.address()), text(selector.hostUuid()), text(selector.clusterUuid()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
