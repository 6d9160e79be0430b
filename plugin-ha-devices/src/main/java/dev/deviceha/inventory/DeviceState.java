package dev.deviceha.inventory;

/** Whether the host still reports a stored device. Devices are never deleted: a missing one may come back. */
public enum DeviceState {
    PRESENT,
    MISSING
}
