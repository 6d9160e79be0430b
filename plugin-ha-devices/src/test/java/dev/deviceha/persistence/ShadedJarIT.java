package dev.deviceha.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks the jar the build ships, after the shade step: Flyway and its libraries are inside, relocated under
 * {@code dev.deviceha.shaded}, nothing of theirs is left under its original name, their ServiceLoader files name
 * classes that exist, and migrations run from that jar alone (plus log4j, which CloudStack provides).
 */
@ExtendWith(MariaDbExtension.class)
class ShadedJarIT {
    private static Path jar;
    private static Set<String> entries;

    @BeforeAll
    static void openJar() throws IOException {
        jar = Path.of(System.getProperty("shadedJar"));
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = file.stream().map(JarEntry::getName).collect(Collectors.toSet());
        }
    }

    /** The one class in CloudStack's package splices the detail check into its API dispatch chains. */
    @Test
    void everyClassIsInOurPackage_flywayAndJacksonOnlyRelocated() {
        assertThat(entries).filteredOn(name -> name.endsWith(".class"))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("dev/deviceha/")
                        || name.equals("com/cloud/api/dispatch/DeviceHaChainSplice.class"),
                        "is under dev/deviceha/, or is the one dispatch-chain splice");
        assertThat(entries).noneMatch(name -> name.startsWith("org/flywaydb/") || name.startsWith("com/fasterxml/"));
        assertThat(entries).contains("dev/deviceha/shaded/flywaydb/core/Flyway.class",
                "dev/deviceha/shaded/flywaydb/database/mysql/MySQLDatabaseType.class",
                "dev/deviceha/shaded/jackson/databind/ObjectMapper.class");
    }

    @Test
    void serviceFiles_nameOnlyRelocatedClassesInTheJar() throws IOException {
        List<String> services = entries.stream().filter(name -> name.matches("META-INF/services/[^/]+")).toList();
        List<String> implementations = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String service : services) {
                try (InputStream in = file.getInputStream(file.getEntry(service))) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceAll("#.*", "").trim())
                            .filter(line -> !line.isEmpty())
                            .forEach(implementations::add);
                }
            }
        }

        assertThat(services).contains("META-INF/services/dev.deviceha.shaded.flywaydb.core.extensibility.Plugin")
                .allMatch(name -> name.startsWith("META-INF/services/dev.deviceha."));
        assertThat(implementations).isNotEmpty()
                .allMatch(name -> entries.contains(name.replace('.', '/') + ".class"), "is a class in the jar");
    }

    @Test
    void migrate_withOnlyTheShippedJar_createsTheSchema(TestDatabase db) throws Exception {
        URL log4jApi = LogManager.class.getProtectionDomain().getCodeSource().getLocation();
        URL log4jCore = LoggerContext.class.getProtectionDomain().getCodeSource().getLocation();
        // The platform loader as parent: the test class path, with its unshaded Flyway, stays invisible.
        try (URLClassLoader shipped = new URLClassLoader(new URL[] {jar.toUri().toURL(), log4jApi, log4jCore},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> migrator = shipped.loadClass(SchemaMigrator.class.getName());
            Object instance = migrator.getConstructor(DataSource.class).newInstance(db.dataSource());

            Object applied = migrator.getMethod("migrate").invoke(instance);

            assertThat(migrator.getClassLoader()).isSameAs(shipped);
            assertThat((Integer) applied).isPositive();
            assertThat(db.queryLong("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'dha_allocation'")).isEqualTo(1);
        }
    }
}
