package dev.deviceha.benchmarks;

import dev.deviceha.cloudstack.placement.ZonePlacement;
import dev.deviceha.embeddeddb.StatementCount;
import dev.deviceha.scale.SyntheticZone;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Planning cost per VM on a real MariaDB: one call of the host allocator (DeviceAwareHostAllocator over a
 * cluster's 32 hosts) and one of the HA planner (DeviceAwareHaPlanner ordering that cluster), for a VM with three
 * requests, in zones of 100, 2,048 (64 clusters) and 10,048 hosts with 8 device pools per host, 30% used. Each call
 * plans for the next cluster in turn, so the whole zone's rows are visited over an iteration. Target: median under
 * 3 ms, at most 4 statements, flat in the zone size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanningBenchmark {
    static final long VM = SyntheticZone.FIRST_FREE_VM_ID;

    @Param({"100", "2048", "10048"})
    public int hosts;

    private BenchmarkDatabase db;
    private ZonePlacement placement;
    private SyntheticZone zone;
    private long next;

    @Setup(Level.Trial)
    public void loadZone() throws Exception {
        db = new BenchmarkDatabase();
        zone = SyntheticZone.load(db.jdbcUrl(), hosts, 11);
        placement = placement(db.pool(8));
        DataSource oneSession = db.pool(1);
        ZonePlacement counted = placement(oneSession);
        StatementCount statements = new StatementCount(oneSession);
        counted.screenCluster(VM, 1);
        System.out.printf("%n[statements] zone of %d hosts: host allocator call %s; HA planner call %s%n", hosts,
                statements.of(() -> counted.screenCluster(VM, 1)),
                statements.of(() -> orderQuietly(counted, 1)));
        Set<Long> avoided = placement.screenCluster(VM, 1);
        if (avoided.size() == zone.hostsOfCluster(1).size()) {
            throw new IllegalStateException("no host of cluster 1 fits the planned VM: the zone is not as intended");
        }
    }

    private ZonePlacement placement(DataSource dataSource) {
        return new ZonePlacement(dataSource, zone,
                vmId -> vmId == VM ? Optional.of(SyntheticZone.PLANNED_VM_REQUESTS) : zone.requestsOf(vmId));
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    private long nextCluster() {
        return next++ % zone.clusters() + 1;
    }

    @Benchmark
    public Set<Long> hostAllocator() {
        return placement.screenCluster(VM, nextCluster());
    }

    @Benchmark
    public List<Long> haPlanner() {
        return orderQuietly(placement, nextCluster());
    }

    private static List<Long> orderQuietly(ZonePlacement placement, long cluster) {
        try {
            return placement.orderClusters(VM, List.of(cluster));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
