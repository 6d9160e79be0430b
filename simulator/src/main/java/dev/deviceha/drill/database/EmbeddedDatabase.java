package dev.deviceha.drill.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.deviceha.embeddeddb.EmbeddedMariaDb;
import dev.deviceha.persistence.SchemaMigrator;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The drill's management-server database: a real embedded MariaDB. Each drill gets a fresh schema with the plugin's
 * migrations applied by the plugin's own {@link SchemaMigrator}, as at plugin start; several drills (the tests)
 * share one server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedMariaDb server;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private EmbeddedDatabase(EmbeddedMariaDb server) {
        this.server = server;
    }

    public static EmbeddedDatabase start() {
        return new EmbeddedDatabase(EmbeddedMariaDb.start());
    }

    /** A new empty schema (CloudStack's is named {@code cloud}) with the plugin's tables migrated in. */
    public synchronized DataSource migratedSchema() {
        String schema = "cloud" + (pools.isEmpty() ? "" : "_" + pools.size());
        server.createDatabase(schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(schema));
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setPoolName(schema);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        new SchemaMigrator(pool).migrate();
        return pool;
    }

    @Override
    public synchronized void close() {
        pools.forEach(HikariDataSource::close);
        server.close();
    }
}
