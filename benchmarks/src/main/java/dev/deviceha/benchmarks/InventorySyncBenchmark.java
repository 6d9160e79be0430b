package dev.deviceha.benchmarks;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.embeddeddb.StatementCount;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.scale.LargeHostReport;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.InventorySyncResult;
import dev.deviceha.service.SyncedHost;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
 * Inventory sync of a host reporting 300 devices (60 VFs held by VMs), through InventorySync on a real MariaDB:
 * the report unchanged, and a report with 5 changes (each call applies the other of two reports 5 changes apart).
 * Each iteration also reads the MariaDB server's CPU time, to give the database-side cost of one sync and of a
 * zone of 2,000 hosts rescanned every 10 minutes. Target: unchanged under 5 ms and at most 3 statements; the zone
 * under 1% of one core on the database side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InventorySyncBenchmark {
    static final SyncedHost HOST = new SyncedHost(new HostRef(7, 3L, 1), new HostContext(
            UUID.fromString("00000000-0000-0000-0000-000000000007"),
            UUID.fromString("00000000-0000-0000-0000-000000000003")));
    static final int ZONE_HOSTS = 2000;
    static final int RESCAN_SECONDS = 600;

    private BenchmarkDatabase db;
    private InventorySync sync;
    private final DiscoveryReport unchanged = LargeHostReport.devices(UnaryOperator.identity());
    private final DiscoveryReport changed = LargeHostReport.devices(LargeHostReport::fiveChanges);
    private boolean changedApplied;
    private long syncs;
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void reportOnce() {
        db = new BenchmarkDatabase();
        DataSource oneSession = db.pool(1);
        LargeHostReport.createRule(oneSession);
        InventorySync counted = sync(oneSession);
        counted.apply(HOST, unchanged, Set.of());
        LargeHostReport.allocateUsedVfs(oneSession, HOST.ref().hostId());
        counted.apply(HOST, unchanged, Set.of());
        StatementCount statements = new StatementCount(oneSession);
        System.out.printf("%n[statements] unchanged report of 300 devices: %s; 5 changes: %s%n",
                statements.of(() -> counted.apply(HOST, unchanged, Set.of())),
                statements.of(() -> {
                    counted.apply(HOST, changed, Set.of());
                    counted.apply(HOST, unchanged, Set.of());
                }) + " (the report with the changes and the one undoing them)");
        sync = sync(db.pool(4));
    }

    private static InventorySync sync(DataSource ds) {
        return new InventorySync(new InventoryApplier(ds), new InventoryRepository(ds), new InventoryEntries(ds),
                new DeviceTagRepository(ds), new TagRuleRepository(ds));
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        syncs = 0;
        cpuAtStart = db.serverCpuNanos();
    }

    @TearDown(Level.Iteration)
    public void databaseSideCost() {
        double cpuPerSyncMs = (db.serverCpuNanos() - cpuAtStart) / 1e6 / Math.max(1, syncs);
        double zoneCoreShare = cpuPerSyncMs / 1000 * ZONE_HOSTS / RESCAN_SECONDS * 100;
        System.out.printf("%n[db-cpu] %d syncs, MariaDB CPU %.3f ms per sync; %d hosts every %d s: %.3f%% of"
                + " one core%n", syncs, cpuPerSyncMs, ZONE_HOSTS, RESCAN_SECONDS, zoneCoreShare);
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    @Benchmark
    public InventorySyncResult unchangedReport() {
        syncs++;
        return sync.apply(HOST, unchanged, Set.of());
    }

    @Benchmark
    public InventorySyncResult fiveChanges() {
        syncs++;
        changedApplied = !changedApplied;
        return sync.apply(HOST, changedApplied ? changed : unchanged, Set.of());
    }
}
