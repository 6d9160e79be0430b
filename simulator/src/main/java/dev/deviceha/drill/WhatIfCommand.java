package dev.deviceha.drill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.drill.scenario.ScenarioException;
import dev.deviceha.drill.whatif.ExportedZone;
import dev.deviceha.drill.whatif.InventoryExportParser;
import dev.deviceha.drill.whatif.ZoneWhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drill whatif --inventory FILE}: the what-if table alone, on a real zone's exported devices and requests.
 * Exit codes: 0 every host could fail without stranding a VM, 1 some host would strand VMs, 2 a usage or input error.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "For each host of an exported zone: which VMs could not be restarted if it failed.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--inventory", required = true, paramLabel = "FILE",
            description = "listDevices and listDeviceRequests responses in one JSON object (docs/drill.md).")
    private Path inventory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExportedZone zone;
        try {
            zone = InventoryExportParser.parse(inventory);
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println("drill whatif: " + e.getMessage());
            return DrillCommand.USAGE_ERROR;
        }
        List<WhatIf> table = ZoneWhatIf.of(zone);
        out.println("What if a host failed (VMs with devices that could not be restarted):");
        for (WhatIf host : table) {
            out.printf("  %-20s %s%n", host.host(), host.stranded().isEmpty() ? "none" : String.join("; ",
                    host.stranded().stream().map(vm -> vm.vm() + " (" + vm.reason() + ")").toList()));
        }
        out.flush();
        return table.stream().allMatch(host -> host.stranded().isEmpty()) ? DrillCommand.SUCCESS
                : DrillCommand.VMS_NOT_RESTORED;
    }
}
