package dev.deviceha.domainxml;

import org.w3c.dom.Element;

/** What a family builder makes of one assigned device: an element for {@code <devices>}, or a QEMU argument. */
public sealed interface BuiltDevice {
    DeviceKey key();

    /** An {@code <interface>} or {@code <hostdev>} element. */
    record DeviceElement(DeviceKey key, Element element) implements BuiltDevice {
    }

    /** The value that follows {@code -device} on QEMU's command line, for devices libvirt has no element for. */
    record QemuDevice(DeviceKey key, String deviceArgument) implements BuiltDevice {
    }
}
