package dev.deviceha.drill;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.deviceha.drill.database.EmbeddedDatabase;

/**
 * Hands tests the one embedded MariaDB of the test JVM (each drill makes its own schema in it), stopped when JUnit
 * closes its root store.
 */
public final class SharedDatabase implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return of(context);
    }

    /** The JVM's one server, started on first use. */
    static EmbeddedDatabase of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> new Server(EmbeddedDatabase.start()), Server.class)
                .database();
    }

    private record Server(EmbeddedDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
