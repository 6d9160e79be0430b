package dev.deviceha.drill;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.database.EmbeddedDatabase;
import dev.deviceha.drill.report.DrillReport;
import dev.deviceha.drill.report.JsonReport;
import dev.deviceha.drill.report.TextReport;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.ScenarioException;
import dev.deviceha.drill.scenario.ScenarioParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drill}: runs a failover drill on a scenario (docs/drill.md). Exit codes: 0 every HA VM with devices came
 * back with them, 1 some did not, 2 a usage or scenario error.
 */
@Command(name = "drill", mixinStandardHelpOptions = true, version = "CloudStack Device HA failover drill",
        subcommands = WhatIfCommand.class,
        description = "Fail a KVM host of a scenario and watch the plugin restart its device VMs elsewhere.")
public final class DrillCommand implements Callable<Integer> {
    static final int SUCCESS = 0;
    static final int VMS_NOT_RESTORED = 1;
    static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The scenario (YAML or JSON). Default: simulator/scenarios/default.yaml.")
    private Path scenario = Path.of("simulator/scenarios/default.yaml");

    @Option(names = "--fail", paramLabel = "HOST", description = "The host to fail. Default: the busiest one.")
    private String failHost;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    private Format format = Format.text;

    enum Format { text, json }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // picocli's exit code for invalid options is 2, the drill's usage error.
        return new CommandLine(new DrillCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException, LibvirtException, DiscoveryException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario parsed;
        try {
            parsed = ScenarioParser.parse(scenario);
        } catch (ScenarioException e) {
            err.println("drill: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (failHost != null && parsed.hosts().stream().noneMatch(host -> host.name().equals(failHost))) {
            err.println("drill: --fail " + failHost + ": " + scenario.getFileName() + " has no host of that name");
            return USAGE_ERROR;
        }
        // libvirt prints every error to stderr even when Java handles it; the drill reports what matters itself.
        Connect.setErrorCallback((pointer, error) -> { });
        Path work = Files.createTempDirectory("device-ha-drill-");
        long databaseStart = System.nanoTime();
        try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
            DataSource schema = database.migratedSchema();
            double databaseMillis = (System.nanoTime() - databaseStart) / 1_000_000.0;
            DrillReport report = Drill.run(parsed, schema, work, Optional.ofNullable(failHost), databaseMillis);
            out.print(format == Format.json ? JsonReport.of(report) : TextReport.of(report));
            out.flush();
            return report.success() ? SUCCESS : VMS_NOT_RESTORED;
        } catch (ch.vorburger.exec.ManagedProcessException e) {
            throw new IOException("the embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        } finally {
            WorkDirectory.delete(work);
        }
    }
}
