package dev.deviceha.service;

/** The three ways to declare a VM's devices, weakest first: a later one overrides an earlier one per tag. */
public enum RequestOrigin {
    /** The {@code deviceha.requests} detail of the VM's service offering. */
    SERVICE_OFFERING_DETAIL,
    /** The VM's own {@code deviceha.requests} detail. */
    VM_DETAIL,
    /** A request added with the plugin's {@code addDeviceRequest} API, stored in the plugin's tables. */
    API
}
