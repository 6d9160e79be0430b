package dev.deviceha.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Its own class, hence its own empty database: two management servers start against it at the same moment. */
@ExtendWith(MariaDbExtension.class)
class ConcurrentSchemaMigrationTest {

    @Test
    void migrate_fromTwoServersAtOnce_appliesEachMigrationOnce(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE cloud_like_host (id BIGINT PRIMARY KEY)");
        DataSource serverA = db.newPool(2);
        DataSource serverB = db.newPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = threads.invokeAll(List.<Callable<Integer>>of(
                    () -> migrateAfter(together, serverA),
                    () -> migrateAfter(together, serverB)));
            int appliedA = runs.get(0).get();
            int appliedB = runs.get(1).get();

            // Flyway takes its named lock per migration, so the two servers may share the versions between them.
            assertThat(appliedA + appliedB).as("every version applied once, by one server or the other")
                    .isEqualTo(SchemaMigratorTest.MIGRATION_COUNT)
                    .isEqualTo(db.queryLong(SchemaMigratorTest.COUNT_APPLIED));
            assertThat(db.queryLong("SELECT COUNT(*) FROM dha_schema_history WHERE success = 0")).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    private static int migrateAfter(CyclicBarrier together, DataSource dataSource) throws Exception {
        together.await();
        return new SchemaMigrator(dataSource).migrate();
    }
}
