package dev.deviceha.discovery.context;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.inventory.HostDevice;
import java.util.Objects;

/**
 * An mdev that exists on the host. {@code parent} is its parent's key: a canonical PCI address or {@code hct}.
 */
public record MdevInstance(MdevUuid uuid, String parent, MdevTypeId type) {
    public MdevInstance {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(type, "type");
    }

    public boolean belongsTo(String parentKey, MdevTypeId typeId) {
        return parent.equals(parentKey) && type.equals(typeId);
    }

    /**
     * The inventory entry of this instance under its type pool: address {@code <pool>/<uuid>}, parent the pool,
     * held by {@code holder} (a domain name) or free.
     */
    public HostDevice entryUnder(HostDevice pool, String holder) {
        return HostDevice.builder(pool.kind(), pool.backing(), pool.address() + "/" + uuid.value())
                .parentAddress(pool.address())
                .vendorId(pool.vendorId())
                .productId(pool.productId())
                .vendorName(pool.vendorName())
                .productName(pool.productName())
                .numaNode(pool.numaNode())
                .driver(pool.driver())
                .type(type)
                .profileName(pool.profileName())
                .usedBy(holder)
                .build();
    }
}
