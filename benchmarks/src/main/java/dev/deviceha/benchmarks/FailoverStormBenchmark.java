package dev.deviceha.benchmarks;

import com.cloud.host.HostVO;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.cloudstack.placement.ZonePlacement;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.DeviceAllocationException;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.lifecycle.VmTransition;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.scale.SyntheticZone;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.DeviceIdentities;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.VmFacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A failover storm: host 1 of a 2,048-host zone (cluster 1, 32 hosts, 30% used) holds 64 device VMs and fails. Two
 * management servers (two service stacks over two connection pools) with 4 HA worker threads each restart the 64
 * VMs through the plugin's real path: the HA stop releases the dead host's devices (AllocationLifecycle), the host
 * allocator screens the cluster's Up hosts (DeviceAwareHostAllocator over the database), one of the fitting hosts is
 * taken at random (FirstFitRouting with CloudStack's default {@code vm.allocation.algorithm=random}), and the start
 * attempt allocates in the database (AllocationLifecycle, DeviceAllocations, AllocationRepository); a host another
 * worker filled meanwhile refuses, and the attempt goes to the next host, as CloudStack's start retries do. Staging
 * on the agent is not part of the plugin's work here and answers at once.
 *
 * <p>The unique key that backs up the allocation lock is dropped, so only the lock keeps units single-owner; each
 * iteration then checks that no unit, GPU type or capacity was given twice and that all 64 VMs hold their devices
 * on a live host. Target: the 64 restarts' plugin work under 1 s in total. One invocation is one storm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FailoverStormBenchmark {
    static final int HOSTS = 2048;
    static final long FAILED_HOST = 1;
    static final long CLUSTER = 1;
    static final int SERVERS = 2;
    static final int WORKERS_PER_SERVER = 4;
    static final int START_RETRIES = 10;

    private BenchmarkDatabase db;
    private SyntheticZone zone;
    private List<Long> vms;
    private final List<ManagementServer> servers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
    private ExecutorService workers;
    private int iteration;
    private volatile boolean measuring;

    @Setup(Level.Trial)
    public void loadZone() {
        db = new BenchmarkDatabase();
        zone = SyntheticZone.load(db.jdbcUrl(), HOSTS, 11);
        vms = zone.fillForStorm(db.jdbcUrl(), FAILED_HOST);
        execute("ALTER TABLE dha_allocation ADD KEY ix_bench_device (device_id), DROP INDEX uq_dha_allocation_unit");
        execute("CREATE TABLE storm_start AS SELECT * FROM dha_allocation");
        for (int i = 0; i < SERVERS; i++) {
            servers.add(new ManagementServer(db.pool(WORKERS_PER_SERVER + 2)));
        }
        workers = Executors.newFixedThreadPool(SERVERS * WORKERS_PER_SERVER);
    }

    /**
     * Back to the moment before the failure: every VM on the failed host, which is Up again. The VMs keep the
     * identities (MACs, mdev UUIDs) their first start gave them, as running VMs have.
     */
    @Setup(Level.Iteration)
    public void beforeTheFailure(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
        execute("DELETE FROM dha_allocation");
        execute("INSERT INTO dha_allocation SELECT * FROM storm_start");
        servers.forEach(server -> server.placement.hostUp(FAILED_HOST));
    }

    @Benchmark
    public int storm() throws Exception {
        servers.forEach(server -> server.placement.hostDown(FAILED_HOST));
        List<Future<?>> restarts = new ArrayList<>();
        for (int i = 0; i < vms.size(); i++) {
            ManagementServer server = servers.get(i % SERVERS);
            long vm = vms.get(i);
            long seed = 31L * iteration + i;
            restarts.add(workers.submit(() -> server.restart(vm, seed)));
        }
        for (Future<?> restart : restarts) {
            restart.get();
        }
        return restarts.size();
    }

    @TearDown(Level.Iteration)
    public void checkNothingGivenTwice() {
        iteration++;
        long twice = queryLong("SELECT COUNT(*) FROM (SELECT device_id, slot FROM dha_allocation"
                + " GROUP BY device_id, slot HAVING COUNT(*) > 1) t");
        long overCapacity = queryLong("SELECT COUNT(*) FROM dha_allocation a JOIN dha_host_device d"
                + " ON d.id = a.device_id WHERE a.slot >= COALESCE(d.total_instances, 1)");
        long mixedGpus = queryLong("SELECT COUNT(*) FROM (SELECT d.host_id, d.parent_address FROM dha_allocation a"
                + " JOIN dha_host_device d ON d.id = a.device_id WHERE d.kind = 'VGPU'"
                + " GROUP BY d.host_id, d.parent_address HAVING COUNT(DISTINCT d.mdev_type) > 1) t");
        long placed = queryLong("SELECT COUNT(DISTINCT vm_id) FROM dha_allocation WHERE vm_id > "
                + SyntheticZone.FIRST_FREE_VM_ID + " AND host_id <> " + FAILED_HOST);
        long onDeadHost = queryLong("SELECT COUNT(*) FROM dha_allocation WHERE host_id = " + FAILED_HOST);
        if (twice + overCapacity + mixedGpus + onDeadHost > 0 || placed != vms.size()) {
            throw new IllegalStateException("storm went wrong: " + twice + " unit(s) given twice, " + overCapacity
                    + " over capacity, " + mixedGpus + " GPU(s) with two types, " + onDeadHost
                    + " unit(s) on the dead host, " + placed + " of " + vms.size() + " VMs placed");
        }
        System.out.printf("%n[storm] %d of %d VMs restarted, 0 units given twice%n", placed, vms.size());
    }

    @TearDown(Level.Trial)
    public void stop() {
        List<Long> sorted = new ArrayList<>(latenciesNanos);
        Collections.sort(sorted);
        if (!sorted.isEmpty()) {
            System.out.printf("%n[storm] per-VM restart latency over the %d restarts of the measured storms: p50 %.2f ms, p90 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms%n", sorted.size(), percentile(sorted, 0.50),
                    percentile(sorted, 0.90), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }
        workers.shutdownNow();
        db.close();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }

    private void execute(String sql) {
        try (Connection c = db.pool(1).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long queryLong(String sql) {
        try (Connection c = servers.get(0).dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** One management server: its own pool and its own instances of the plugin's services. */
    private final class ManagementServer {
        final DataSource dataSource;
        final ZonePlacement placement;
        final AllocationLifecycle lifecycle;

        ManagementServer(DataSource dataSource) {
            this.dataSource = dataSource;
            this.placement = new ZonePlacement(dataSource, zone, zone::requestsOf);
            RequestDeclarations details = SyntheticZone.vmDetails(zone::requestsOf);
            DeviceRequestRepository apiRequests = new DeviceRequestRepository(dataSource);
            DeviceAllocations allocations = new DeviceAllocations(new AllocationRepository(dataSource),
                    new DeviceIdentities(new DeviceIdentityRepository(dataSource), () -> MacPrefix.parse("02:dc")),
                    vmId -> Optional.of(new VmFacts(vmId, uuid(vmId), "vm-" + vmId,
                            SyntheticZone.instanceName(vmId), SyntheticZone.ZONE_ID, 1, 2, null)),
                    apiRequests);
            DeviceAgentPort agentsAnswerAtOnce = new DeviceAgentPort() {
                @Override
                public void stage(long hostId, DeviceAssignment assignment) {
                }

                @Override
                public boolean unstage(long hostId, String vmInstanceName) {
                    return true;
                }
            };
            lifecycle = new AllocationLifecycle(new DeclaredDeviceRequests(details, apiRequests), allocations,
                    agentsAnswerAtOnce, hostId -> "kvm-" + hostId);
        }

        /** What an HA worker does for one VM of the dead host: stop, then start with up to 10 attempts. */
        void restart(long vmId, long seed) {
            long started = System.nanoTime();
            VmRef vm = new VmRef(vmId, uuid(vmId), SyntheticZone.instanceName(vmId));
            lifecycle.onTransition(vm, new VmTransition(VmState.Running, VmEvent.StopRequested, VmState.Stopping,
                    FAILED_HOST, FAILED_HOST));
            lifecycle.onTransition(vm, new VmTransition(VmState.Stopping, VmEvent.OperationSucceeded,
                    VmState.Stopped, FAILED_HOST, null));
            lifecycle.onTransition(vm, new VmTransition(VmState.Stopped, VmEvent.StartRequested, VmState.Starting,
                    null, null));
            Random random = new Random(seed);
            Set<Long> tried = new HashSet<>();
            Long previous = null;
            DeviceAllocationException lastRefusal = null;
            for (int attempt = 0; attempt < START_RETRIES; attempt++) {
                Set<Long> avoid = new HashSet<>(placement.screenCluster(vmId, CLUSTER));
                avoid.addAll(tried);
                List<Long> fitting = placement.upHosts(CLUSTER).stream().map(HostVO::getId)
                        .filter(id -> !avoid.contains(id)).toList();
                if (fitting.isEmpty()) {
                    break;
                }
                long host = fitting.get(random.nextInt(fitting.size()));
                try {
                    lifecycle.onTransition(vm, new VmTransition(VmState.Starting, VmEvent.OperationRetry,
                            VmState.Starting, previous, host));
                    lifecycle.onTransition(vm, new VmTransition(VmState.Starting, VmEvent.OperationSucceeded,
                            VmState.Running, host, host));
                    if (measuring) {
                        latenciesNanos.add(System.nanoTime() - started);
                    }
                    return;
                } catch (DeviceAllocationException refused) {
                    tried.add(host);
                    previous = host;
                    lastRefusal = refused;
                }
            }
            throw new IllegalStateException("VM " + vmId + " could not be restarted", lastRefusal);
        }

        private static String uuid(long vmId) {
            return new java.util.UUID(0, vmId).toString();
        }
    }
}
