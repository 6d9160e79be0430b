package dev.deviceha.drill.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.drill.SharedDatabase;
import dev.deviceha.drill.database.EmbeddedDatabase;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.ScenarioParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The randomized reliability run of issue #12: two management servers and four hosts through thousands of starts,
 * stops, host failures, HA restarts, agent crashes, reconciles and injected faults, on the real MariaDB, with the
 * four invariants checked after every step (docs/reliability.md).
 *
 * <p>Replay a run with {@code -Ddeviceha.reliability.seed=<seed>}; {@code -Ddeviceha.reliability.steps=<n>} changes
 * its length. Every run prints its seed and what it exercised.
 */
@ExtendWith(SharedDatabase.class)
class RandomizedReliabilityTest {
    private static final int STEPS = Integer.getInteger("deviceha.reliability.steps", 10_000);

    @Test
    void twoServersFourHosts_thousandsOfFaultySteps_allInvariantsHold(EmbeddedDatabase database,
            @TempDir(factory = MemoryTempDir.class) Path directory) throws Exception {
        ReliabilityRun.Result result = run(database, directory, seed(), Breakage.NONE, STEPS);

        assertThat(result.violations())
                .as("invariants violated at step %d of seed %d; replay with -Ddeviceha.reliability.seed=%d",
                        result.steps(), result.seed(), result.seed())
                .isEmpty();
        assertThat(result.steps()).isEqualTo(STEPS);
    }

    /** The run can fail: a plugin that drops releases is caught within the same budget. */
    @Test
    void droppedReleases_areCaughtWithinTheBudget(EmbeddedDatabase database,
            @TempDir(factory = MemoryTempDir.class) Path directory) throws Exception {
        ReliabilityRun.Result result = run(database, directory, seed(), Breakage.DROPPED_RELEASE, STEPS);

        assertThat(result.violations()).as("a plugin that drops releases went unnoticed for %d steps", STEPS)
                .isNotEmpty();
        assertThat(result.violations().get(0)).startsWith("3: ");
    }

    /** Without the sweep, a release lost to a database fault leaves units allocated for good: caught too. */
    @Test
    void withoutTheStaleAllocationSweep_aReleaseLostToTheDatabaseIsCaught(EmbeddedDatabase database,
            @TempDir(factory = MemoryTempDir.class) Path directory) throws Exception {
        ReliabilityRun.Result result = run(database, directory, seed(), Breakage.NO_SWEEP, STEPS);

        assertThat(result.violations()).as("no leaked allocation in %d steps without the sweep", STEPS).isNotEmpty();
    }

    private static ReliabilityRun.Result run(EmbeddedDatabase database, Path directory, long seed,
            Breakage breakage, int steps) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Level before = LogManager.getRootLogger().getLevel();
        // Injected faults make the plugin log errors by the thousand; the run judges by the invariants instead.
        Configurator.setRootLevel(Level.OFF);
        long started = 0;
        long cpuBefore = 0;
        ReliabilityRun.Result result;
        try (ChaosWorld world = new ChaosWorld(world(), database.migratedSchema(), directory, random, breakage)) {
            started = System.nanoTime();
            cpuBefore = processCpuNanos();
            result = new ReliabilityRun(world, random, seed).run(steps);
        } finally {
            Configurator.setRootLevel(before);
        }
        // Wall time depends on what else the machine runs; the JVM's CPU time (MariaDB's own not counted) less so.
        System.out.printf("Reliability run, %s, seed %d: %d step(s) in %.1f s (%.1f s of JVM CPU), %s%n", breakage,
                seed, result.steps(), (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuBefore) / 1e9,
                result.held() ? "every invariant held" : "violated: " + result.violations().subList(0,
                        Math.min(3, result.violations().size())));
        ReliabilityRun.describe(result.counts()).forEach(System.out::println);
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long seed() {
        Long fixed = Long.getLong("deviceha.reliability.seed");
        return fixed != null ? fixed : new SplittableRandom().nextLong();
    }

    private static Scenario world() throws IOException {
        try (InputStream in = RandomizedReliabilityTest.class.getResourceAsStream("/chaos/world.yaml")) {
            return ScenarioParser.parse("world.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
