package dev.deviceha.drill.scenario;

import dev.deviceha.fixtures.SyntheticHost;

/**
 * One KVM host of the scenario: its name, its cluster and its devices, ready to be written as a sysfs tree and a
 * libvirt test-driver node file.
 */
public record HostSpec(String name, String cluster, SyntheticHost devices) {
}
