package dev.deviceha.drill.report;

import java.util.List;

/** If this host failed: the HA VMs that could not be restarted, each with the reason. */
public record WhatIf(String host, List<Readiness> stranded) {
    public WhatIf {
        stranded = List.copyOf(stranded);
    }
}
