package dev.deviceha.drill.report;

import java.util.List;

/**
 * Everything a drill found, printed as text or, with {@code --format json}, serialised as is (docs/drill.md lists
 * the fields).
 *
 * @param failoverPolicy the clusters' deviceha.failover.hosts and deviceha.failover.policy
 * @param alerts         the failover alerts raised while the VMs started (subject and body)
 * @param databaseMillis measured time to start the embedded MariaDB and apply the plugin's migrations
 * @param setupMillis measured time to write the hosts, discover them and sync their inventories
 * @param failoverMillis measured time from the host failure to the last VM handled
 * @param success every HA-enabled VM with device requests runs again with its devices (exit code 0)
 */
public record DrillReport(String scenario, List<HostSummary> hosts, String failoverPolicy, List<Placement> placements,
        List<String> alerts, List<Readiness> readiness, List<WhatIf> whatIf, List<Headroom> headroom,
        String failedHost, List<Restart> restarts, List<String> problems, double databaseMillis, double setupMillis,
        double failoverMillis, boolean success) {
    public DrillReport {
        hosts = List.copyOf(hosts);
        placements = List.copyOf(placements);
        alerts = List.copyOf(alerts);
        headroom = List.copyOf(headroom);
        readiness = List.copyOf(readiness);
        whatIf = List.copyOf(whatIf);
        restarts = List.copyOf(restarts);
        problems = List.copyOf(problems);
    }
}
