package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.prepare.LibvirtHostDomains;

/** A scan goes on past a domain it cannot read: the domain's devices are reported, not the scan failed. */
final class DomainUseWarnings implements LibvirtHostDomains.Problems {
    private final Warnings warnings;

    DomainUseWarnings(Warnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void unreadableDomain(String subject, String problem) {
        warnings.add(subject, "devices not read: " + problem);
    }

    @Override
    public void unreadableEntry(String domain, String problem) {
        warnings.add("domain " + InvalidValueException.quote(domain), problem);
    }
}
