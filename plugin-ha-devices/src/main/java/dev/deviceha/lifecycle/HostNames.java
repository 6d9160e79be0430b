package dev.deviceha.lifecycle;

/** Port to host names, so that what an operator or a VM owner reads names hosts as CloudStack shows them. */
@FunctionalInterface
public interface HostNames {

    /** The host's name; a stand-in naming its id when the host no longer exists. */
    String nameOf(long hostId);
}
