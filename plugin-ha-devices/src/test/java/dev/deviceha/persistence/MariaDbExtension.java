package dev.deviceha.persistence;

import dev.deviceha.embeddeddb.EmbeddedMariaDb;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh database (a {@link TestDatabase} parameter) on the JVM's one embedded
 * MariaDB server, which starts with the first class that asks for it.
 */
public final class MariaDbExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbExtension.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedMariaDb server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> new Server(EmbeddedMariaDb.start()), Server.class).db();
        String name = databaseName(context.getRequiredTestClass().getSimpleName());
        server.createDatabase(name);
        context.getStore(NAMESPACE).put(TestDatabase.class, new TestDatabase(server, name));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    }

    /** A unique database name per test class, within MySQL's 64-character limit. */
    private static String databaseName(String label) {
        String name = "t" + DATABASES.incrementAndGet() + "_" + label.replaceAll("[^A-Za-z0-9]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** Stops the JVM's one server when JUnit closes the root store. */
    private record Server(EmbeddedMariaDb db) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            db.close();
        }
    }
}
