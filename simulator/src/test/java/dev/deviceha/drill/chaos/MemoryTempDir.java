package dev.deviceha.drill.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * The hosts' trees and agent state on a memory file system ({@code /dev/shm}) where the machine has one: the agent
 * forces every stage and ledger file to disk, thousands of times a run. Elsewhere, the usual temporary directory.
 */
public final class MemoryTempDir implements TempDirFactory {
    private static final Path SHARED_MEMORY = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        if (Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)) {
            return Files.createTempDirectory(SHARED_MEMORY, "device-ha-reliability-");
        }
        return Files.createTempDirectory("device-ha-reliability-");
    }
}
