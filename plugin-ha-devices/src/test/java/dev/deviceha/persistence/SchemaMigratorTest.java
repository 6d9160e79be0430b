package dev.deviceha.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class SchemaMigratorTest {
    private static final String COUNT_DHA_TABLES = "SELECT COUNT(*) FROM information_schema.tables"
            + " WHERE table_schema = DATABASE() AND table_name LIKE 'dha\\_%'";
    static final String COUNT_APPLIED = "SELECT COUNT(*) FROM dha_schema_history WHERE success = 1"
            + " AND type = 'SQL'";
    /** The V<n> scripts this plugin version ships. */
    /** The migration scripts the plugin carries, counted where Flyway finds them. */
    static final int MIGRATION_COUNT = migrationScripts();

    @Test
    void migrate_twice_secondRunIsANoOp(TestDatabase db) {
        // CloudStack's database is never empty: a foreign table proves the migrator works beside one.
        db.execute("CREATE TABLE cloud_like_host (id BIGINT PRIMARY KEY)");
        SchemaMigrator migrator = new SchemaMigrator(db.dataSource());

        int first = migrator.migrate();
        long tablesAfterFirst = db.queryLong(COUNT_DHA_TABLES);
        int second = migrator.migrate();

        assertThat(first).isEqualTo(MIGRATION_COUNT);
        assertThat(second).isZero();
        assertThat(db.queryLong(COUNT_DHA_TABLES)).isEqualTo(tablesAfterFirst).isGreaterThanOrEqualTo(8);
        assertThat(db.queryLong(COUNT_APPLIED)).isEqualTo(first);
        assertThat(db.queryLong("SELECT COUNT(*) FROM cloud_like_host")).isZero();
    }

    private static int migrationScripts() {
        try {
            File folder = new File(SchemaMigratorTest.class.getClassLoader()
                    .getResource(SchemaMigrator.MIGRATIONS.substring("classpath:".length())).toURI());
            return folder.list((dir, name) -> name.matches("V\\d+__.+\\.sql")).length;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
