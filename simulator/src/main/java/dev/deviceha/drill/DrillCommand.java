package dev.deviceha.drill;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        subcommands = {WhatIfCommand.class, ServeCommand.class},
        description = "Fail a KVM host of a scenario and watch the plugin restart its device VMs elsewhere.")
public final class DrillCommand implements Callable<Integer> {
    static final int SUCCESS = 0;
    static final int VMS_NOT_RESTORED = 1;
    static final int USAGE_ERROR = 2;
    private static final String DEFAULT_SCENARIO = "default.yaml";

    /** Null when each run starts its own server; the tests share one server per JVM. */
    private final EmbeddedDatabase sharedDatabase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The scenario (YAML or JSON). Default: the shipped simulator/scenarios/default.yaml.")
    private Path scenario;

    @Option(names = "--fail", paramLabel = "HOST", description = "The host to fail. Default: the busiest one.")
    private String failHost;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    private Format format = Format.text;

    enum Format { text, json }

    private DrillCommand(EmbeddedDatabase sharedDatabase) {
        this.sharedDatabase = sharedDatabase;
    }

    public static void main(String[] args) {
        System.exit(commandLine(null).execute(args));
    }

    /** @param sharedDatabase the server to create each drill's schema in; null to start one per run */
    static CommandLine commandLine(EmbeddedDatabase sharedDatabase) {
        // picocli's exit code for invalid options is 2, the drill's usage error.
        return new CommandLine(new DrillCommand(sharedDatabase)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static Scenario defaultScenario() throws IOException {
        try (InputStream in = DrillCommand.class.getResourceAsStream("/scenarios/" + DEFAULT_SCENARIO)) {
            return ScenarioParser.parse(DEFAULT_SCENARIO, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public Integer call() throws IOException, LibvirtException, DiscoveryException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario parsed;
        try {
            parsed = scenario == null ? defaultScenario() : ScenarioParser.parse(scenario);
        } catch (ScenarioException e) {
            err.println("drill: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (failHost != null && parsed.hosts().stream().noneMatch(host -> host.name().equals(failHost))) {
            err.println("drill: --fail " + failHost + ": " + parsed.source() + " has no host of that name");
            return USAGE_ERROR;
        }
        // libvirt prints every error to stderr even when Java handles it; the drill reports what matters itself.
        Connect.setErrorCallback((pointer, error) -> { });
        Path work = Files.createTempDirectory("device-ha-drill-");
        long databaseStart = System.nanoTime();
        EmbeddedDatabase database = sharedDatabase != null ? sharedDatabase : EmbeddedDatabase.start();
        try {
            DataSource schema = database.migratedSchema();
            double databaseMillis = (System.nanoTime() - databaseStart) / 1_000_000.0;
            DrillReport report = Drill.run(parsed, schema, work, Optional.ofNullable(failHost), databaseMillis);
            out.print(format == Format.json ? JsonReport.of(report) : TextReport.of(report));
            out.flush();
            return report.success() ? SUCCESS : VMS_NOT_RESTORED;
        } finally {
            if (sharedDatabase == null) {
                database.close();
            }
            WorkDirectory.delete(work);
        }
    }
}
