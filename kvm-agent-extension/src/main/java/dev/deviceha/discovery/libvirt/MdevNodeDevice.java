package dev.deviceha.discovery.libvirt;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import java.util.Objects;

/** An existing mdev as a libvirt node device; {@code parentName} is its parent's node-device name. */
public record MdevNodeDevice(MdevUuid uuid, String parentName, MdevTypeId type) {
    public MdevNodeDevice {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(type, "type");
    }
}
