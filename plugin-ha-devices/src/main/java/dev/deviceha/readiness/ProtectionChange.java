package dev.deviceha.readiness;

/** A VM's HA protection changed since the last check: it was {@code lost} (or is unprotected when first seen), or regained. */
public record ProtectionChange(VmReadiness readiness, boolean lost) {
}
