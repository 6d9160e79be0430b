package dev.deviceha.catalog;

/**
 * What a tag rule matches, as stored; null fields match anything. Validation of the globs and ids belongs to the
 * rule model; storage keeps them as given.
 */
public record RuleSelector(
        String vendorId,
        String productId,
        String netdevGlob,
        String pciAddressGlob,
        String hostUuid,
        String clusterUuid) {
}
