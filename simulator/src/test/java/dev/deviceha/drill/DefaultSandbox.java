package dev.deviceha.drill;

import dev.deviceha.drill.database.EmbeddedDatabase;

/** The API sandbox over the default scenario, on a free port, in a new schema of the tests' shared database. */
public final class DefaultSandbox {
    private DefaultSandbox() {
    }

    public static ServedWorld start(EmbeddedDatabase database) throws Exception {
        org.libvirt.Connect.setErrorCallback((pointer, error) -> { });
        return ServedWorld.start(DrillCommand.defaultScenario(), database.migratedSchema(), 0);
    }
}
