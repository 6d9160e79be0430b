package dev.deviceha.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.deviceha.embeddeddb.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh database of the embedded server for one test class, with pools that close when the class ends. */
public final class TestDatabase implements ExtensionContext.Store.CloseableResource {
    private final EmbeddedMariaDb server;
    private final String name;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private HikariDataSource shared;

    TestDatabase(EmbeddedMariaDb server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The class's shared pool. */
    public synchronized DataSource dataSource() {
        if (shared == null) {
            shared = newPool(8);
        }
        return shared;
    }

    /** An independent pool, as another management server would have. */
    public synchronized HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(name));
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setPoolName(name + "-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** The database's JDBC URL, for user root without password. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** Applies the plugin's migrations to this database. */
    public TestDatabase migrated() {
        new SchemaMigrator(dataSource()).migrate();
        return this;
    }

    public void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long queryLong(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public synchronized void close() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
        shared = null;
    }
}
