package dev.deviceha.drill;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.libvirt.Connect;

/**
 * Hands a test class the API sandbox over the default scenario, on a free port, in a new schema of the tests'
 * shared database: one per test class, stopped when the class is done.
 */
public final class ServedSandbox implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServedWorld.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext testClass = context.getTestClass().isPresent() && context.getTestMethod().isEmpty()
                ? context : context.getParent().orElseThrow();
        return testClass.getStore(ExtensionContext.Namespace.create(ServedSandbox.class))
                .getOrComputeIfAbsent(Served.class, key -> new Served(start(context)), Served.class).world();
    }

    private static ServedWorld start(ExtensionContext context) {
        try {
            Connect.setErrorCallback((pointer, error) -> { });
            return ServedWorld.start(DrillCommand.defaultScenario(), SharedDatabase.of(context).migratedSchema(), 0);
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not start: " + e.getMessage(), e);
        }
    }

    private record Served(ServedWorld world) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            world.close();
        }
    }
}
