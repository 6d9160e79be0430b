package dev.deviceha.prepare;

import dev.deviceha.model.assignment.AssignedDevice;

/** An assigned device that could not be prepared, and why. */
public record PreparationFailure(AssignedDevice device, String reason) {
    /** The host identity of the device: its PCI address, or {@code <parent>/<type>/<uuid>} for an mdev. */
    public String deviceName() {
        if (device.address() != null) {
            return device.address().toString();
        }
        return device.parent() + "/" + device.type() + "/" + device.mdevUuid();
    }

    @Override
    public String toString() {
        return device.tag() + " " + deviceName() + ": " + reason;
    }
}
