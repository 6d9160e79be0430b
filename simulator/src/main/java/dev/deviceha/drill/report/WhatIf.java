package dev.deviceha.drill.report;

import java.util.List;

/**
 * If this host (or, for the worst pair, these two hosts) failed: the HA VMs that could not all be restarted, each
 * with the reason.
 */
public record WhatIf(String host, boolean worstPair, List<Readiness> stranded) {
    public WhatIf {
        stranded = List.copyOf(stranded);
    }
}
