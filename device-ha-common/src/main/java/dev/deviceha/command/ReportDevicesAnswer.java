package dev.deviceha.command;

import com.cloud.agent.api.Answer;
import dev.deviceha.model.inventory.DiscoveryReport;

/** The host's inventory, or a failure with the reason when no scan could run at all. It travels as JSON text. */
public class ReportDevicesAnswer extends Answer {
    private String report;

    public ReportDevicesAnswer(ReportDevicesCommand command, DiscoveryReport report) {
        super(command, true, report.warnings().isEmpty() ? null : String.join("; ", report.warnings()));
        this.report = PayloadJson.write(report);
    }

    public ReportDevicesAnswer(ReportDevicesCommand command, String failure) {
        super(command, false, failure);
    }

    /**
     * Null when the scan failed.
     *
     * @throws dev.deviceha.model.InvalidValueException when the agent sent something that is not a valid report
     */
    public DiscoveryReport getReport() {
        return PayloadJson.read(report, DiscoveryReport.class, "device report");
    }
}
