package dev.deviceha.drill.report;

import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The drill for people: hosts, placements, HA readiness, the what-if table, the failover timeline, a summary. */
public final class TextReport {
    private final StringBuilder text = new StringBuilder();

    private TextReport() {
    }

    public static String of(DrillReport report) {
        TextReport out = new TextReport();
        out.hosts(report);
        out.placements(report);
        out.alerts(report);
        out.readiness(report);
        out.headroom(report);
        out.timeline(report);
        out.summary(report);
        return out.text.toString();
    }

    private void hosts(DrillReport report) {
        line("Failover drill: %s", report.scenario());
        line("Database: embedded MariaDB started and migrated in %s", ms(report.databaseMillis()));
        line("Hosts written, discovered and synced in %s:", ms(report.setupMillis()));
        for (HostSummary host : report.hosts()) {
            line("  %-10s %-10s %s", host.name(), host.cluster(), host.unitsByTag().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(entry -> entry.getKey() + " x" + entry.getValue()).collect(Collectors.joining(", ")));
            host.warnings().forEach(warning -> line("      warning: %s", warning));
        }
        blank();
    }

    private void placements(DrillReport report) {
        line("Failover policy of every cluster: %s", report.failoverPolicy());
        line("Started VMs:");
        for (Placement vm : report.placements()) {
            if (vm.host() == null) {
                line("  %-12s NOT STARTED:", vm.vm());
                wrap(vm.reason(), "      ");
                continue;
            }
            line("  %-12s on %-10s in %8s  HA %-3s %s", vm.vm(), vm.host(), ms(vm.millis()),
                    vm.haEnabled() ? "on" : "off", vm.requests().isEmpty() ? "(no devices)" : vm.requests());
            vm.devices().forEach(device -> line("      %s", device.describe()));
            if (!vm.avoidedForFailover().isEmpty()) {
                line("      not on %s: that would break the cluster's failover capacity",
                        String.join(", ", vm.avoidedForFailover()));
            }
        }
        blank();
    }

    private void alerts(DrillReport report) {
        if (report.alerts().isEmpty()) {
            return;
        }
        line("Alerts raised while the VMs started:");
        for (String alert : report.alerts()) {
            String[] subjectAndBody = alert.split("\n", 2);
            line("  %s", subjectAndBody[0]);
            wrap(subjectAndBody.length > 1 ? subjectAndBody[1] : "", "      ");
        }
        blank();
    }

    private void headroom(DrillReport report) {
        line("Failover capacity per cluster and tag (listDeviceFailoverCapacity):");
        line("  %-10s %-22s %5s %5s %5s %7s  %-16s %8s  %s", "CLUSTER", "TAG", "TOTAL", "USED", "FREE", "NEEDED",
                "WORST FAILURE", "HEADROOM", "POLICY");
        for (Headroom row : report.headroom()) {
            line("  %-10s %-22s %5d %5d %5d %7d  %-16s %8d  %s", row.cluster(), row.tag(), row.total(), row.used(),
                    row.free(), row.needed(), row.worstHosts().isEmpty() ? "-" : String.join(" + ", row.worstHosts()),
                    row.headroom(), row.policyHolds() == null ? "off" : row.policyHolds() ? "holds" : "BROKEN");
        }
        blank();
    }

    /** Long alert bodies on lines an operator can read in a terminal. */
    private void wrap(String text, String indent) {
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + word.length() + 1 > 100) {
                line("%s%s", indent, current);
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            line("%s%s", indent, current);
        }
    }

    private void readiness(DrillReport report) {
        line("HA readiness before the failure:");
        for (Readiness vm : report.readiness()) {
            line("  %-12s on %-10s %s%s", vm.vm(), vm.host(), vm.ready() ? "ready" : "NOT READY: " + vm.reason(),
                    vm.haEnabled() ? "" : " (HA off: CloudStack will not restart it)");
        }
        blank();
        line("What if a host failed (listDeviceHaWhatIf: HA VMs the rest of their cluster could not restart"
                + " together):");
        for (WhatIf host : report.whatIf()) {
            String failed = host.worstPair() ? host.host() + " (worst pair)" : host.host();
            if (host.stranded().isEmpty()) {
                line("  %-22s none", failed);
            }
            for (int i = 0; i < host.stranded().size(); i++) {
                Readiness vm = host.stranded().get(i);
                line("  %-22s %s: %s", i == 0 ? failed : "", vm.vm(), vm.reason());
            }
        }
        blank();
    }

    private void timeline(DrillReport report) {
        line("Timeline:");
        line("  %10s  host %s fails; CloudStack marks it Down and the HA worker takes its VMs", ms(0),
                report.failedHost());
        for (Restart restart : report.restarts()) {
            double at = restart.atMillis();
            switch (restart.outcome()) {
                case Restart.RESTARTED -> {
                    line("  %10s  %s restarted %s -> %s in %s%s", ms(at), restart.vm(), restart.fromHost(),
                            restart.toHost(), ms(restart.millis()), restart.haPlanner() ? " (HA planner)" : "");
                    devices(restart.devicesBefore(), restart.devicesAfter());
                    restart.problems().forEach(problem -> line("      PROBLEM: %s", problem));
                }
                case Restart.STOPPED -> line("  %10s  %s stopped, not restarted: %s", ms(at), restart.vm(),
                        restart.reason());
                default -> line("  %10s  %s NOT RESTARTED after %s: %s", ms(at), restart.vm(),
                        ms(restart.millis()), restart.reason());
            }
        }
        blank();
    }

    private void devices(List<DeviceView> before, List<DeviceView> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            line("      %-60s -> %s", i < before.size() ? before.get(i).describe() : "-",
                    i < after.size() ? after.get(i).location() : "-");
        }
    }

    private void summary(DrillReport report) {
        line("Summary (failover of %s took %s):", report.failedHost(), ms(report.failoverMillis()));
        line("  %-12s %-14s %-10s %-10s %8s  %s", "VM", "OUTCOME", "FROM", "TO", "TIME", "DEVICES");
        for (Restart restart : report.restarts()) {
            String devices = restart.devicesBefore().isEmpty() ? "-"
                    : Restart.STOPPED.equals(restart.outcome()) ? restart.devicesBefore().size() + " released"
                    : restart.cameBackWithDevices()
                            ? restart.devicesBefore().size() + " kept (tags, MACs, VLANs, UUIDs)"
                    : restart.devicesBefore().size() + " NOT back";
            line("  %-12s %-14s %-10s %-10s %8s  %s", restart.vm(), restart.outcome(), restart.fromHost(),
                    restart.toHost() == null ? "-" : restart.toHost(), ms(restart.millis()), devices);
        }
        report.problems().forEach(problem -> line("  PROBLEM: %s", problem));
        line(report.success() ? "Result: every HA VM with devices runs again with its devices."
                : "Result: some HA VMs with devices did not come back with them.");
    }

    private void line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private void blank() {
        text.append('\n');
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
