package dev.deviceha.prepare;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.shaded.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Staged assignments, one JSON file per VM under {@code <state dir>/stages}, written atomically: the hand-over
 * from the StageDeviceAssignment command to the domain XML transformer hook, which only sees the domain XML.
 */
public final class StageStore {
    private final Path directory;
    private final Clock clock;
    private final Duration timeToLive;
    private final Gson gson = new Gson();

    public StageStore(Path stateDirectory, Clock clock, Duration timeToLive) {
        this.directory = stateDirectory.resolve("stages");
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    public synchronized StagedAssignment stage(DeviceAssignment assignment) throws IOException {
        long now = clock.millis();
        StagedAssignment staged = new StagedAssignment(assignment, now, now + timeToLive.toMillis(), false);
        write(new VmInstanceName(assignment.vmInstanceName()), staged);
        return staged;
    }

    public synchronized Optional<StagedAssignment> find(VmInstanceName vm) throws IOException {
        Path file = fileOf(vm);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            StagedAssignment staged =
                    gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), StagedAssignment.class);
            if (staged == null || staged.assignment() == null
                    || !vm.value().equals(staged.assignment().vmInstanceName())) {
                throw new IOException("stage file " + file + " does not hold an assignment of " + vm);
            }
            return Optional.of(staged);
        } catch (RuntimeException e) {
            // Gson wraps what a record's validating constructor throws; the cause says which value was refused.
            Throwable reason = e.getCause() instanceof InvalidValueException ? e.getCause() : e;
            throw new IOException("unreadable stage file " + file + ": " + reason.getMessage(), e);
        }
    }

    public synchronized void markStarted(VmInstanceName vm) throws IOException {
        Optional<StagedAssignment> staged = find(vm);
        if (staged.isPresent()) {
            write(vm, staged.get().asStarted());
        }
    }

    public synchronized void remove(VmInstanceName vm) throws IOException {
        Files.deleteIfExists(fileOf(vm));
    }

    private void write(VmInstanceName vm, StagedAssignment staged) throws IOException {
        AtomicFiles.write(fileOf(vm), gson.toJson(staged));
    }

    private Path fileOf(VmInstanceName vm) {
        return directory.resolve(vm.value() + ".json");
    }
}
