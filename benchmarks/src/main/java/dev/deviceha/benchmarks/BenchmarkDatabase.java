package dev.deviceha.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.deviceha.embeddeddb.EmbeddedMariaDb;
import dev.deviceha.persistence.SchemaMigrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real MariaDB for one benchmark trial: the embedded server, one database with the plugin's schema, and
 * connection pools as management servers have them. Also reads the server process's CPU time, to express what
 * the measured work costs on the database side.
 */
final class BenchmarkDatabase implements AutoCloseable {
    private static final String NAME = "cloud";

    private final EmbeddedMariaDb server = EmbeddedMariaDb.start();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final long serverPid;

    BenchmarkDatabase() {
        server.createDatabase(NAME);
        HikariDataSource admin = pool(2);
        // The test server's 64 MB buffer pool does not hold a 10,000-host zone; a management server's database
        // keeps its working set in memory, so the benchmarks give it room (512 MB) rather than measure disk reads.
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = 536870912");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot size the buffer pool: " + e.getMessage(), e);
        }
        new SchemaMigrator(admin).migrate();
        serverPid = findServerPid();
    }

    String jdbcUrl() {
        return server.jdbcUrl(NAME);
    }

    /** A pool of its own, as one management server has. */
    HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setPoolName("bench-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** User plus system CPU time of the MariaDB server process so far, in nanoseconds. */
    long serverCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(serverPid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mariadbd process listening on this server's port (its command line names the port). */
    private long findServerPid() {
        String port = jdbcUrl().replaceAll(".*localhost:(\\d+)/.*", "$1");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        try {
                            String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                            return cmd.contains("mariadbd") || cmd.contains("mysqld")
                                    ? cmd.contains("--port=" + port) : false;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no MariaDB process on port " + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        server.close();
    }
}
