package dev.deviceha.persistence;

import java.util.Objects;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the plugin's tables ({@code dha_*}) in CloudStack's database at plugin start.
 *
 * <p>Flyway records applied versions in {@code dha_schema_history}, apart from anything CloudStack or another
 * Flyway user keeps. When several management servers start together, Flyway serialises them with a MySQL/MariaDB
 * named lock ({@code GET_LOCK}), so each version is applied exactly once. CloudStack's schema is never empty, so the
 * first run baselines at version 0 and then applies every migration.
 */
public final class SchemaMigrator {
    public static final String HISTORY_TABLE = "dha_schema_history";
    static final String MIGRATIONS = "classpath:dev/deviceha/persistence/migration";
    private static final Logger LOG = LogManager.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Applies the migrations this plugin version carries and the database lacks.
     *
     * @return how many migrations this call applied (0 when the schema was already current)
     * @throws PersistenceException when a migration fails or the recorded history does not match the plugin's
     */
    public int migrate() {
        try {
            MigrateResult result = flyway().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Device HA schema migrated from version {} to {} ({} migration(s))",
                        result.initialSchemaVersion, result.targetSchemaVersion, result.migrationsExecuted);
            } else {
                LOG.debug("Device HA schema is current at version {}", result.initialSchemaVersion);
            }
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new PersistenceException("Device HA schema migration failed", e);
        }
    }

    private Flyway flyway() {
        // Our own class loader: Flyway finds its plugins and our scripts through it, whatever the thread's is.
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("CloudStack schema before Device HA")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .loggers("log4j2")
                .load();
    }
}
