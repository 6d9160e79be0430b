package dev.deviceha.cli;

import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The human view of a report: one aligned row per entry, then the warnings. */
final class DiscoveryTable {
    private static final String[] HEADER =
            {"KIND", "ADDRESS", "PARENT", "VF", "ID", "NUMA", "DRIVER", "TYPE", "PROFILE", "AVAIL/TOTAL", "STATE"};

    private DiscoveryTable() {
    }

    static String render(DiscoveryReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (HostDevice d : report.devices()) {
            rows.add(new String[] {
                    d.kind() == null ? "-" : d.kind().name(),
                    d.address(),
                    text(d.parentAddress()),
                    text(d.vfIndex()),
                    d.vendorId() == null ? "-" : d.vendorId() + ":" + text(d.productId()),
                    text(d.numaNode()),
                    text(d.driver()),
                    text(d.type()),
                    text(d.profileName()),
                    d.totalInstances() == null ? "-" : d.availableInstances() + "/" + d.totalInstances(),
                    d.free() ? "free" : "used by " + d.usedBy(),
            });
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(report.devices().size()).append(" entries, ").append(report.warnings().size()).append(" warnings\n");
        report.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "-");
    }
}
