package dev.deviceha.prepare;

import dev.deviceha.model.VmInstanceName;
import dev.deviceha.shaded.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What this extension created for each VM, one small JSON file per VM, so that a release removes exactly that and
 * nothing an operator or another tool made. An entry is written before the kernel is asked to create the device:
 * after a crash in between, release finds an entry for a device that may not exist, and skips it.
 */
public final class PreparedLedger {
    public enum Kind {
        /** An mdev created by writing its UUID to {@code create}; {@code device} is the UUID. */
        MDEV,
        /** A vGPU type written to an NVIDIA VF's {@code current_vgpu_type}; {@code device} is the VF's address. */
        NVIDIA_VGPU_TYPE
    }

    public record Entry(Kind kind, String device) {
    }

    private record Content(List<Entry> created) {
    }

    private final Path directory;
    private final Gson gson = new Gson();

    public PreparedLedger(Path stateDirectory) {
        this.directory = stateDirectory.resolve("prepared");
    }

    public synchronized List<Entry> entries(VmInstanceName vm) throws IOException {
        Path file = fileOf(vm);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Content content = gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), Content.class);
            return content == null || content.created() == null ? List.of() : List.copyOf(content.created());
        } catch (RuntimeException e) {
            throw new IOException("unreadable ledger " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void add(VmInstanceName vm, Entry entry) throws IOException {
        List<Entry> entries = new ArrayList<>(entries(vm));
        if (!entries.contains(entry)) {
            entries.add(entry);
            AtomicFiles.write(fileOf(vm), gson.toJson(new Content(entries)));
        }
    }

    public synchronized void remove(VmInstanceName vm, Entry entry) throws IOException {
        List<Entry> entries = new ArrayList<>(entries(vm));
        if (entries.remove(entry)) {
            if (entries.isEmpty()) {
                Files.deleteIfExists(fileOf(vm));
            } else {
                AtomicFiles.write(fileOf(vm), gson.toJson(new Content(entries)));
            }
        }
    }

    private Path fileOf(VmInstanceName vm) {
        return directory.resolve(vm.value() + ".json");
    }
}
