package dev.deviceha.service;

import java.util.Optional;

/**
 * Port to the CloudStack details that declare a VM's devices: the {@code deviceha.requests} detail of the VM's
 * service offering and of the VM itself, as raw text (hostile until parsed).
 */
public interface RequestDeclarations {

    /** The detail of the VM's service offering; empty when the offering has none. */
    Optional<String> offeringDetail(long vmId);

    /** The VM's own detail, hidden (non-display) details included; empty when it has none. */
    Optional<String> vmDetail(long vmId);
}
