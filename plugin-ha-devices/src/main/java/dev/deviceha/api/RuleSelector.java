package dev.deviceha.api;

/**
 * Which devices a tag rule matches; every non-null field must match. Ids are canonical lower-case hex
 * ({@code 8086}), globs use {@code * ? [...]}.
 */
public record RuleSelector(String vendorId, String productId, String netdevGlob, String pciAddressGlob, Long hostId,
        Long clusterId) {
}
