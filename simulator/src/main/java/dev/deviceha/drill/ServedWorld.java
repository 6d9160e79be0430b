package dev.deviceha.drill;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.libvirt.LibvirtException;

import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.cloudstack.InsufficientCapacityException;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.cloudstack.VmStartException;
import dev.deviceha.drill.sandbox.Credentials;
import dev.deviceha.drill.sandbox.Sandbox;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.VmSpec;

/**
 * A drill world set up as the drill sets it up (hosts discovered, tags and rules created, the scenario's VMs
 * started) and served by the API sandbox on 127.0.0.1.
 */
public final class ServedWorld implements AutoCloseable {
    private final Path workDirectory;
    private final DataSource database;
    private final World world;
    private final Sandbox sandbox;
    private final List<String> notStarted;

    private ServedWorld(Path workDirectory, DataSource database, World world, Sandbox sandbox,
            List<String> notStarted) {
        this.workDirectory = workDirectory;
        this.database = database;
        this.world = world;
        this.sandbox = sandbox;
        this.notStarted = List.copyOf(notStarted);
    }

    /** @param port 0 for a free one */
    public static ServedWorld start(Scenario scenario, DataSource database, int port)
            throws IOException, LibvirtException, DiscoveryException {
        Path work = Files.createTempDirectory("device-ha-sandbox-");
        World world = World.build(scenario, database, work);
        world.setUp();
        List<String> notStarted = new ArrayList<>();
        for (VmSpec spec : scenario.vms()) {
            VmRecord vm = world.addScenarioVm(spec);
            try {
                world.start(vm);
            } catch (InsufficientCapacityException | VmStartException e) {
                notStarted.add(spec.name() + ": " + e.getMessage());
            }
        }
        Sandbox sandbox = Sandbox.start(world, database, new InetSocketAddress("127.0.0.1", port),
                Credentials.generate());
        return new ServedWorld(work, database, world, sandbox, notStarted);
    }

    public World world() {
        return world;
    }

    /** The management server's database, the plugin's tables in it. */
    public DataSource database() {
        return database;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The scenario's VMs that could not start, each with the reason. */
    public List<String> notStarted() {
        return notStarted;
    }

    @Override
    public void close() throws InterruptedException, LibvirtException {
        sandbox.close();
        world.close();
        WorkDirectory.delete(workDirectory);
    }
}
