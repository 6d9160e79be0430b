package dev.deviceha.discovery.sysfs;

import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Read-only access to a sysfs tree that never leaves it. Paths are built only from parsed value types
 * ({@link PciAddress}, {@link MdevUuid}) or fixed names; every path is resolved with its symlinks and must still lie
 * inside the root, so a link to {@code /etc} or a {@code ../} in a name is refused before anything is read.
 * A missing file is empty; a link loop, an escape or an unreadable file is an {@link IOException}.
 */
public final class SysfsRoot {
    /** sysfs attributes are at most a page; a larger file is not a sysfs attribute. */
    private static final int MAX_FILE_BYTES = 16 * 1024;

    private final Path root;
    private final Path realRoot;

    private SysfsRoot(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    /** Opens the tree at {@code root} ({@code /sys} on a host); it must be a readable directory. */
    public static SysfsRoot open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        Path real = absolute.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new NotDirectoryException(absolute.toString());
        }
        return new SysfsRoot(absolute, real);
    }

    /** {@code bus/pci/devices/<address>}. */
    public Path pciDevice(PciAddress address) {
        return root.resolve("bus/pci/devices").resolve(address.toString());
    }

    /** {@code bus/mdev/devices/<uuid>}. */
    public Path mdevDevice(MdevUuid uuid) {
        return root.resolve("bus/mdev/devices").resolve(uuid.value());
    }

    /** A fixed location under the root, e.g. {@code class/mdev_bus/hct}. */
    public Path at(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not below the sysfs root: " + relative);
        }
        return path;
    }

    /** The trimmed contents of a file, empty when it does not exist. */
    public Optional<String> read(Path file) throws IOException {
        Optional<Path> real = resolve(file);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        // A FIFO or device node would block or stream forever; sysfs attributes are regular files.
        if (!Files.isRegularFile(real.get())) {
            throw new IOException(relative(file) + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(real.get())) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException(relative(file) + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8).trim());
        }
    }

    /** Whether the path exists inside the root (following links). */
    public boolean exists(Path path) throws IOException {
        return resolve(path).isPresent();
    }

    /** The directory's entry names, sorted; none when it does not exist. */
    public List<String> list(Path dir) throws IOException {
        Optional<Path> real = resolve(dir);
        if (real.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(real.get())) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return List.of();
        }
        Collections.sort(names);
        return names;
    }

    /** The name of what a link such as {@code driver} or {@code iommu_group} points to, empty when absent. */
    public Optional<String> linkTargetName(Path link) throws IOException {
        return resolve(link).map(target -> target.getFileName().toString());
    }

    /**
     * The real path of {@code path}, links followed, or empty when it (or a link on the way) does not exist.
     *
     * @throws SysfsEscapeException when the path or its real location lies outside the root
     * @throws IOException          on a link loop or another read error
     */
    public Optional<Path> resolve(Path path) throws IOException {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new SysfsEscapeException(path.toString(), "is not below the sysfs root");
        }
        Path real;
        try {
            real = normalized.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!real.startsWith(realRoot)) {
            throw new SysfsEscapeException(relative(path), "resolves outside the sysfs root");
        }
        return Optional.of(real);
    }

    /** The path as the kernel would name it under {@code /sys}, for warnings. */
    public String relative(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return normalized.startsWith(root) ? "/sys/" + root.relativize(normalized) : path.toString();
    }
}
