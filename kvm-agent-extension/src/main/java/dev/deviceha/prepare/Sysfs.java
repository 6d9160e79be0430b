package dev.deviceha.prepare;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sysfs attributes device preparation reads and writes, under a root that tests replace with a tree of files
 * and symlinks. Paths are built only from validated values, and every path is resolved (symlinks followed) and
 * checked to stay inside the root before it is read or written.
 */
public class Sysfs {
    private static final int MAX_ATTRIBUTE_BYTES = 64 * 1024;

    private final Path root;
    private final Path realRoot;

    public Sysfs(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
    }

    public Path pciDevice(PciAddress address) {
        return root.resolve("bus/pci/devices").resolve(address.toString());
    }

    public Path mdevDevice(MdevUuid uuid) {
        return root.resolve("bus/mdev/devices").resolve(uuid.value());
    }

    public Path mdevType(MdevParentName parent, MdevTypeId type) {
        return root.resolve("class/mdev_bus").resolve(parent.value()).resolve("mdev_supported_types")
                .resolve(type.value());
    }

    /** True when the path exists inside the root; a path that escapes the root or loops is an error, not absent. */
    public boolean exists(Path path) throws IOException {
        requireUnderRoot(path);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            resolveInside(path);
            return true;
        } catch (NoSuchFileException dangling) {
            return false;
        }
    }

    /** The attribute's trimmed text, or empty when it does not exist. */
    public Optional<String> read(Path attribute) throws IOException {
        if (!exists(attribute)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(resolveInside(attribute))) {
            byte[] bytes = in.readNBytes(MAX_ATTRIBUTE_BYTES + 1);
            if (bytes.length > MAX_ATTRIBUTE_BYTES) {
                throw new SysfsPathException(attribute + " holds more than a sysfs attribute can");
            }
            return Optional.of(new String(bytes, StandardCharsets.US_ASCII).trim());
        }
    }

    /** Writes an attribute that must already exist, as sysfs attributes do; the kernel acts on the write. */
    public void write(Path attribute, String value) throws IOException {
        if (!exists(attribute)) {
            throw new NoSuchFileException(attribute.toString());
        }
        Files.writeString(resolveInside(attribute), value, StandardCharsets.US_ASCII,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Names of the entries of a directory, empty when it does not exist. */
    public List<String> list(Path directory) throws IOException {
        if (!exists(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(resolveInside(directory))) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    /** The path with every symlink followed, refused when it leaves the root. */
    public Path resolveInside(Path path) throws IOException {
        requireUnderRoot(path);
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SysfsPathException("cannot resolve " + path + ": " + e.getMessage());
        }
        if (!real.startsWith(realRoot)) {
            throw new SysfsPathException(path + " resolves to " + real + ", outside the sysfs root " + root);
        }
        return real;
    }

    private void requireUnderRoot(Path path) throws SysfsPathException {
        if (!path.toAbsolutePath().normalize().startsWith(root)) {
            throw new SysfsPathException(path + " is outside the sysfs root " + root);
        }
    }
}
