package dev.deviceha.drill.scenario;

import dev.deviceha.model.TagRef;

/**
 * A tag rule of the scenario. The selector fields are validated by the model's {@code DeviceSelector} while
 * parsing; {@code hostName} names a scenario host, whose CloudStack UUID the drill gives it.
 */
public record TagRuleSpec(TagRef tag, int priority, String vendorId, String productId, String netdevGlob,
        String addressGlob, String hostName, String description) {
}
