package dev.deviceha.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two management servers (two repositories, two connection pools), eight threads each, race for 64 VFs on four
 * hosts with 1,000 single-unit allocation attempts.
 *
 * <p>The unique key on (device, slot) is dropped first: it is a backstop, and with it in place a broken allocator
 * would fail on duplicate keys instead of double-allocating, so this test could not tell the host lock works. To
 * prove the test itself can fail, the same scenario runs a read-then-write allocator (no lock) whose threads all
 * read before any writes (a phaser between the two steps makes the race certain), and asserts that it
 * double-allocates.
 */
@ExtendWith(MariaDbExtension.class)
class ConcurrentAllocationTest {
    private static final TagRef TAG = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final List<Long> HOSTS = List.of(1L, 2L, 3L, 4L);
    private static final int DEVICES_PER_HOST = 16;
    private static final int THREADS_PER_SERVER = 8;
    private static final int ATTEMPTS = 1000;
    private static final String DOUBLE_ALLOCATED_UNITS = "SELECT COUNT(*) FROM (SELECT device_id, slot"
            + " FROM dha_allocation GROUP BY device_id, slot HAVING COUNT(*) > 1) doubled";

    @BeforeAll
    static void inventory(TestDatabase db) {
        db.migrated();
        // The foreign key on device_id needs an index of its own once the unique key is gone.
        db.execute("ALTER TABLE dha_allocation ADD KEY ix_test_device (device_id), DROP INDEX uq_dha_allocation_unit");
        TestInventory inventory = new TestInventory(db.dataSource());
        for (long host : HOSTS) {
            List<HostDevice> vfs = new ArrayList<>();
            for (int i = 0; i < DEVICES_PER_HOST; i++) {
                vfs.add(TestInventory.vf(String.format("0000:3b:%02x.%d", 1 + i / 8, i % 8), 0));
            }
            inventory.report(new HostRef(host, 1L, 1L), TAG, vfs);
        }
    }

    @BeforeEach
    void noAllocations(TestDatabase db) {
        db.execute("DELETE FROM dha_allocation");
    }

    @Test
    void allocate_fromTwoServersAtOnce_neverGivesAUnitTwice(TestDatabase db) throws Exception {
        AllocationRepository serverA = new AllocationRepository(db.newPool(THREADS_PER_SERVER));
        AllocationRepository serverB = new AllocationRepository(db.newPool(THREADS_PER_SERVER));

        int granted = race(
                (host, vm) -> serverA.allocate(host, vm, oneUnit()) instanceof AllocationOutcome.Granted,
                (host, vm) -> serverB.allocate(host, vm, oneUnit()) instanceof AllocationOutcome.Granted,
                () -> { });

        assertThat(db.queryLong(DOUBLE_ALLOCATED_UNITS)).isZero();
        assertThat(granted).isEqualTo(db.queryLong("SELECT COUNT(*) FROM dha_allocation"))
                .isEqualTo(db.queryLong("SELECT COUNT(DISTINCT device_id) FROM dha_allocation"))
                .isEqualTo(HOSTS.size() * DEVICES_PER_HOST);
    }

    @Test
    void readThenWriteAllocator_inTheSameRace_doubleAllocates(TestDatabase db) throws Exception {
        NaiveAllocator serverA = new NaiveAllocator(db.newPool(THREADS_PER_SERVER));
        NaiveAllocator serverB = new NaiveAllocator(db.newPool(THREADS_PER_SERVER));
        Phaser readsBeforeWrites = new Phaser(2 * THREADS_PER_SERVER);

        race((host, vm) -> serverA.allocate(host, vm, readsBeforeWrites),
                (host, vm) -> serverB.allocate(host, vm, readsBeforeWrites),
                readsBeforeWrites::arriveAndDeregister);

        assertThat(db.queryLong(DOUBLE_ALLOCATED_UNITS)).isPositive();
    }

    private static List<UnitRequest> oneUnit() {
        return List.of(new UnitRequest(TAG, 1, NumaPolicy.NONE));
    }

    @FunctionalInterface
    interface Allocator {
        boolean allocate(long hostId, VmRef vm) throws Exception;
    }

    /** Runs the attempts on both servers' threads; returns how many were granted. */
    private static int race(Allocator serverA, Allocator serverB, Runnable onThreadDone) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger granted = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_SERVER);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_SERVER; t++) {
                Allocator server = t % 2 == 0 ? serverA : serverB;
                running.add(threads.submit(() -> {
                    try {
                        for (int n = attempts.getAndIncrement(); n < ATTEMPTS; n = attempts.getAndIncrement()) {
                            if (server.allocate(HOSTS.get(n % HOSTS.size()), new VmRef(n + 1, "i-2-" + (n + 1) + "-VM"))) {
                                granted.incrementAndGet();
                            }
                        }
                    } finally {
                        onThreadDone.run();
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return granted.get();
    }
}
