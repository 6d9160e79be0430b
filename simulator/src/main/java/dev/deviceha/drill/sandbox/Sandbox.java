package dev.deviceha.drill.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.cloudstack.api.response.AsyncJobResponse;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.ServiceOfferingResponse;
import org.apache.cloudstack.api.response.UserVmResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

import com.sun.net.httpserver.HttpServer;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.cloudstack.api.DeviceHaApiCommands;
import dev.deviceha.cloudstack.api.RequestDetailValidation;
import dev.deviceha.drill.World;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.sandbox.standin.StandInCommands;

/**
 * The API sandbox: CloudStack's HTTP API at {@code /client/api} over a drill world, serving the plugin's own
 * command classes and thin, labelled stand-ins for the CloudStack commands a client needs to find its way
 * (docs/sandbox.md). The root admin, with an API key and a password, and stand-in accounts with their own keys.
 */
public final class Sandbox implements AutoCloseable {
    /** CloudStack's first user and account: the root admin. */
    static final long ADMIN_USER_ID = 2;
    static final long ADMIN_ACCOUNT_ID = 2;
    /** The root admin's and the ROOT domain's UUIDs, the same in every answer that names them. */
    public static final String ADMIN_USER_UUID = uuidOf("user:admin");
    public static final String ROOT_DOMAIN_UUID = uuidOf("domain:ROOT");
    static final String API_PATH = "/client/api";

    private final HttpServer server;
    private final ExecutorService threads;
    private final AsyncJobs jobs;
    private final SandboxAccounts accounts;

    private Sandbox(HttpServer server, ExecutorService threads, AsyncJobs jobs, SandboxAccounts accounts) {
        this.server = server;
        this.threads = threads;
        this.jobs = jobs;
        this.accounts = accounts;
    }

    /**
     * Serves the world's API at the address (port 0 picks a free one).
     *
     * @param database the world's database, where the plugin's detail check finds the tags
     */
    public static Sandbox start(World world, DataSource database, InetSocketAddress address, Credentials credentials)
            throws IOException {
        AsyncJobs jobs = new AsyncJobs();
        SandboxAccounts accounts = SandboxAccounts.with(credentials);
        world.management().setVmAccess(accounts::mayAccess);
        CommandRegistry registry = new CommandRegistry(List.of(new DeviceHaApiCommands(), new StandInCommands()));
        RoleAccessChecker roles = new RoleAccessChecker(registry);
        SandboxState state = new SandboxState(world, jobs, registry, accounts, roles);
        DispatchChains chains = new DispatchChains(entities(world, jobs));
        installDetailCheck(chains, database);
        ApiDispatcher dispatcher = new ApiDispatcher(registry,
                new Beans(List.of(world.deviceHaApi(), state)), chains, jobs, roles, world);
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext(API_PATH, new ApiHandler(dispatcher, accounts, uuidOf("user:admin"),
                uuidOf("domain:ROOT")));
        server.start();
        return new Sandbox(server, threads, jobs, accounts);
    }

    /** The plugin's own start-up step: its deviceha.requests check goes into the dispatch chains. */
    private static void installDetailCheck(DispatchChains chains, DataSource database) {
        RequestDetailValidation validation = new RequestDetailValidation();
        validation.setDispatchChainFactory(chains);
        validation.setTags(new DeviceTagRepository(database));
        validation.install();
    }

    /** EntityManager's tables, as the UUID parameters' entity types name them. */
    private static EntityLookup entities(World world, AsyncJobs jobs) {
        Map<Class<?>, Function<String, Optional<Long>>> tables = Map.of(
                ZoneResponse.class, uuid -> uuid.equals(world.zoneUuid()) ? Optional.of(World.ZONE_ID)
                        : Optional.empty(),
                ClusterResponse.class, uuid -> world.hosts().stream()
                        .filter(host -> host.clusterUuid().equals(uuid)).map(SimulatedHost::clusterId).findFirst(),
                HostResponse.class, uuid -> world.hosts().stream().filter(host -> host.uuid().equals(uuid))
                        .map(SimulatedHost::id).findFirst(),
                UserVmResponse.class, uuid -> world.vms().stream().filter(vm -> vm.ref().uuid().equals(uuid))
                        .map(VmRecord::id).findFirst(),
                ServiceOfferingResponse.class, uuid -> world.management().offerings().stream()
                        .filter(offering -> offering.uuid().equals(uuid)).map(o -> o.id()).findFirst(),
                AsyncJobResponse.class, jobs::idOf);
        return new EntityLookup(tables);
    }

    private static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code http://HOST:PORT/client/api}. */
    public URI apiUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + API_PATH);
    }

    /** The root admin's. */
    public Credentials credentials() {
        return accounts.admin().credentials();
    }

    /** The root admin and the stand-in accounts: users and a domain admin, each with its own keys. */
    public SandboxAccounts accounts() {
        return accounts;
    }

    /**
     * Serves a folder's files under a path of the same origin, e.g. {@code /client/deviceha} for a page that calls
     * the API with the login's session.
     */
    public void mount(String path, Path directory) {
        server.createContext(path, new StaticFiles(path, directory));
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        jobs.close();
    }
}
