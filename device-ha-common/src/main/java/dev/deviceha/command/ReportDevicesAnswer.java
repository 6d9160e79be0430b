package dev.deviceha.command;

import com.cloud.agent.api.Answer;
import dev.deviceha.model.inventory.DiscoveryReport;

/** The host's inventory, or a failure with the reason when no scan could run at all. */
public class ReportDevicesAnswer extends Answer {
    private DiscoveryReport report;

    public ReportDevicesAnswer(ReportDevicesCommand command, DiscoveryReport report) {
        super(command, true, report.warnings().isEmpty() ? null : String.join("; ", report.warnings()));
        this.report = report;
    }

    public ReportDevicesAnswer(ReportDevicesCommand command, String failure) {
        super(command, false, failure);
    }

    /** Null when the scan failed. */
    public DiscoveryReport getReport() {
        return report;
    }
}
