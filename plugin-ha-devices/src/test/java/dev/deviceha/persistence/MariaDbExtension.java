package dev.deviceha.persistence;

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

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedMariaDb server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(EmbeddedMariaDb.class, key -> EmbeddedMariaDb.start(), EmbeddedMariaDb.class);
        String name = server.createDatabase(context.getRequiredTestClass().getSimpleName());
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
}
