package dev.deviceha.api;

/**
 * Whether a VM with device requests could be restarted on another host of its cluster today.
 *
 * @param candidateHosts other hosts in the cluster with free devices for all its requests
 * @param reason         why it is not protected, null when it is
 */
public record HaReadinessInfo(VmRef vm, boolean isProtected, int candidateHosts, String reason) {
}
