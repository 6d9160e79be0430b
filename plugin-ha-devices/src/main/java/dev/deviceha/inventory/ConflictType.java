package dev.deviceha.inventory;

/** How a host's report and the allocations disagree. */
public enum ConflictType {
    /** The host reports the device (or more pool instances) in use, but no allocation accounts for it. */
    IN_USE_BUT_UNALLOCATED,
    /** A VM holds the device, but the host reports it free (or fewer pool instances than allocated). */
    ALLOCATED_BUT_FREE_ON_HOST,
    /** A VM holds the device, but the host reports it used by another domain. */
    ALLOCATED_BUT_USED_BY_OTHER
}
