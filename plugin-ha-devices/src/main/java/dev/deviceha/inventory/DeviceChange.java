package dev.deviceha.inventory;

import dev.deviceha.model.inventory.HostDevice;
import java.util.Set;

/** A stored device the host reports differently; {@code fields} names what changed ({@code state} when it returns). */
public record DeviceChange(StoredDevice before, HostDevice after, Set<String> fields) {
    public DeviceChange {
        fields = Set.copyOf(fields);
    }
}
