package dev.deviceha.benchmarks;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.embeddeddb.StatementCount;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.readiness.ReadinessLedger;
import dev.deviceha.readiness.ReadinessMonitor;
import dev.deviceha.readiness.VmReadiness;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.scale.SyntheticZone;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.RequestDeclarations;
import java.util.List;
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

/**
 * HA readiness at scale: a zone of 2,048 hosts in 64 clusters, 30% used by about 15,000 device VMs. One pass of
 * the periodic check (ReadinessMonitor: every VM judged against its cluster peers' free devices, then each VM's
 * protection recorded in the shared ledger), one readiness check alone (HaReadinessService.checkAll, what
 * listDeviceHaReadiness runs), and one what-if of a failed host (ifHostFails). Target: a pass under 2 s, with
 * statements bounded per cluster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadinessBenchmark {
    static final int HOSTS = 2048;

    private BenchmarkDatabase db;
    private SyntheticZone zone;
    private HaReadinessService readiness;
    private ReadinessMonitor monitor;
    private long whatIfHost;

    @Setup(Level.Trial)
    public void loadZone() {
        db = new BenchmarkDatabase();
        zone = SyntheticZone.load(db.jdbcUrl(), HOSTS, 11);
        DataSource pool = db.pool(4);
        readiness = service(pool);
        monitor = new ReadinessMonitor(readiness, new ReadinessLedger(pool));
        monitor.run();
        DataSource oneSession = db.pool(1);
        HaReadinessService counted = service(oneSession);
        StatementCount statements = new StatementCount(oneSession);
        List<VmReadiness> all = counted.checkAll();
        long unprotected = all.stream().filter(vm -> !vm.isProtected()).count();
        System.out.printf("%n[readiness] %d device VMs on %d hosts in %d clusters, %d not protected%n", all.size(),
                HOSTS, zone.clusters(), unprotected);
        System.out.printf("[statements] checkAll: %s; a monitor pass with no change: %s; what-if of a host: %s%n",
                statements.of(counted::checkAll),
                statements.of(() -> new ReadinessMonitor(counted, new ReadinessLedger(oneSession)).run()),
                statements.of(() -> counted.ifHostFails(1)));
    }

    private HaReadinessService service(DataSource dataSource) {
        AllocationRepository allocations = new AllocationRepository(dataSource);
        RequestDeclarations details = SyntheticZone.vmDetails(zone::requestsOf);
        return new HaReadinessService(allocations, new InventoryFreeDevices(allocations),
                hostId -> zone.hostsOfCluster(SyntheticZone.clusterOf(hostId)).stream()
                        .filter(peer -> peer != hostId).toList(),
                new DeclaredDeviceRequests(details, new DeviceRequestRepository(dataSource)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    @Benchmark
    public int monitorPass() {
        return monitor.run().size();
    }

    @Benchmark
    public List<VmReadiness> checkAll() {
        return readiness.checkAll();
    }

    @Benchmark
    public List<VmReadiness> whatIfHostFails() {
        whatIfHost = whatIfHost % HOSTS + 1;
        return readiness.ifHostFails(whatIfHost);
    }
}
