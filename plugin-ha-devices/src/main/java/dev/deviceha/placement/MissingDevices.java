package dev.deviceha.placement;

import dev.deviceha.model.TagRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reason a VM cannot be placed, for alerts, events and API errors: every {@code KIND/tag} some host lacked,
 * with what the VM needs and the most any host had free, e.g.
 * {@code no host has the requested devices free: SRIOV_VF/trading-net (needs 2, at most 1 free on one host)}.
 */
public final class MissingDevices {
    private MissingDevices() {
    }

    public static String describe(List<HostFit> shortHosts) {
        if (shortHosts.isEmpty()) {
            return "no candidate host to check for the requested devices";
        }
        Map<TagRef, Shortfall> worstCaseByTag = new LinkedHashMap<>();
        shortHosts.stream()
                .flatMap(host -> host.shortfalls().stream())
                .forEach(shortfall -> worstCaseByTag.merge(shortfall.tag(), shortfall, MissingDevices::moreFree));
        return "no host has the requested devices free: " + worstCaseByTag.values().stream()
                .map(MissingDevices::summary)
                .collect(Collectors.joining(", "));
    }

    private static Shortfall moreFree(Shortfall a, Shortfall b) {
        return b.free() > a.free() ? b : a;
    }

    private static String summary(Shortfall shortfall) {
        return shortfall.tag() + " (needs " + shortfall.needed() + (shortfall.onOneNumaNode() ? " on one NUMA node" : "")
                + ", at most " + shortfall.free() + " free on one host)";
    }
}
