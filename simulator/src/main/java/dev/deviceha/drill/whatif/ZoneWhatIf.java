package dev.deviceha.drill.whatif;

import java.util.List;

import dev.deviceha.drill.report.WhatIf;

/** TEMPORARY until integration's what-if service lands. */
public final class ZoneWhatIf {
    private ZoneWhatIf() {
    }

    public static List<WhatIf> of(ExportedZone zone) {
        return zone.hosts().stream().map(host -> new WhatIf(host.name(), List.of())).toList();
    }
}
