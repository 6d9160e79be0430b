package dev.deviceha.cli;

import dev.deviceha.agent.AgentSettings;
import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.sysfs.PassthroughDrivers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code device-ha discover}: what the agent would report for this host, as a table or as JSON. */
@Command(name = "discover",
        mixinStandardHelpOptions = true,
        description = {
                "Lists the SR-IOV VFs, vGPUs, HCT devices and whole PCI devices of this host.",
                "Exits 0 when the scan completed (warnings included), 1 when it could not run."})
final class DiscoverCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--libvirt-uri", paramLabel = "URI",
            description = "libvirt connection, read-only (default: ${DEFAULT-VALUE}).")
    private String libvirtUri = HostDeviceDiscovery.DEFAULT_LIBVIRT_URI;

    @Option(names = "--sysfs-root", paramLabel = "DIR", description = "sysfs mount (default: ${DEFAULT-VALUE}).")
    private Path sysfsRoot = HostDeviceDiscovery.DEFAULT_SYSFS_ROOT;

    @Option(names = "--allow-driver", paramLabel = "DRIVER", split = ",",
            description = "Also offer whole devices bound to this host driver (repeatable; default: "
                    + AgentSettings.ALLOWED_DRIVERS + " in the agent's agent.properties).")
    private List<String> allowedDrivers;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.table;

    /** The command line's drivers, else the agent's setting, so that discover shows what the agent reports. */
    private PassthroughDrivers passthroughDrivers() throws IOException {
        return allowedDrivers != null ? new PassthroughDrivers(Set.copyOf(allowedDrivers))
                : AgentSettings.load().passthroughDrivers();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DiscoveryReport report;
        try {
            report = new HostDeviceDiscovery(sysfsRoot, libvirtUri, passthroughDrivers()).scan();
        } catch (DiscoveryException | IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("device-ha discover: " + e.getMessage());
            return DeviceHaCommand.CANNOT_RUN;
        }
        if (format == Format.json) {
            out.println(DiscoveryJson.toJson(report));
        } else {
            out.print(DiscoveryTable.render(report));
        }
        out.flush();
        return 0;
    }
}
