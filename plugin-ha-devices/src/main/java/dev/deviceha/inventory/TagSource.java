package dev.deviceha.inventory;

/**
 * Who put a device's tag there. Rule tags follow the rules on every report; admin tags stay until an admin removes
 * them; generated tags name a vGPU profile and follow what the host reports.
 */
public enum TagSource {
    RULE,
    ADMIN,
    GENERATED
}
