package dev.deviceha.api;

/** Where a VM's device request comes from. */
public enum RequestSource {
    /** The VM's own details. */
    VM,
    /** The VM's service offering, shared by every VM of the offering. */
    SERVICE_OFFERING
}
