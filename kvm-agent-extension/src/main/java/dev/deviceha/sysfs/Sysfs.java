package dev.deviceha.sysfs;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and writes a sysfs tree without ever leaving it; discovery and device preparation both go through it.
 * Paths are built only from parsed value types ({@link PciAddress}, {@link MdevUuid}, {@link MdevParentName},
 * {@link MdevTypeId}) or fixed names; every path is resolved with its symlinks and must still lie inside the root,
 * so a link to {@code /etc} or a {@code ../} in a name is refused before anything is read or written.
 * A missing file is empty; a link loop, an escape, a file that is no attribute or an unreadable file is an
 * {@link IOException}. Not final: tests replace {@link #write} with the kernel's reaction to it.
 */
public class Sysfs {
    /** sysfs attributes are at most a page; a larger file is not a sysfs attribute. */
    private static final int MAX_FILE_BYTES = 16 * 1024;
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** Every attribute the agent writes, as paths below the root built from validated names. */
    private static final List<Pattern> WRITABLE = List.of(
            Pattern.compile("class/mdev_bus/[^/]+/mdev_supported_types/[^/]+/create"),
            Pattern.compile("bus/mdev/devices/" + UUID + "/(remove|vendor/use)"),
            Pattern.compile("bus/pci/devices/[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]/nvidia/current_vgpu_type"));

    private final Path root;
    private final Path realRoot;

    /** Opens the tree at {@code root} ({@code /sys} on a host); it must be a readable directory. */
    public Sysfs(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        if (!Files.isDirectory(realRoot)) {
            throw new NotDirectoryException(this.root.toString());
        }
    }

    /** {@code bus/pci/devices/<address>}. */
    public Path pciDevice(PciAddress address) {
        return root.resolve("bus/pci/devices").resolve(address.toString());
    }

    /** {@code bus/mdev/devices/<uuid>}. */
    public Path mdevDevice(MdevUuid uuid) {
        return root.resolve("bus/mdev/devices").resolve(uuid.value());
    }

    /** {@code class/mdev_bus/<parent>/mdev_supported_types/<type>}. */
    public Path mdevType(MdevParentName parent, MdevTypeId type) {
        return root.resolve("class/mdev_bus").resolve(parent.value()).resolve("mdev_supported_types")
                .resolve(type.value());
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
        requireAttribute(file, real.get());
        try (InputStream in = Files.newInputStream(real.get())) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new SysfsPathException(relative(file) + " is larger than " + MAX_FILE_BYTES
                        + " bytes, more than a sysfs attribute holds");
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8).trim());
        }
    }

    /**
     * Writes an attribute that must already exist, as sysfs attributes do; the kernel acts on the write. Only the
     * attributes the agent needs can be written ({@link #WRITABLE}), and only where they really are: a link that
     * makes {@code bus/mdev/devices/<uuid>} lead to a PCI function would otherwise turn an mdev's {@code remove} into
     * the hot-unplug of that function.
     */
    public void write(Path attribute, String value) throws IOException {
        Path normalized = attribute.toAbsolutePath().normalize();
        String relative = normalized.startsWith(root) ? root.relativize(normalized).toString() : "";
        if (WRITABLE.stream().noneMatch(pattern -> pattern.matcher(relative).matches())) {
            throw new SysfsPathException(relative(attribute) + " is not an attribute the agent writes");
        }
        Path real = resolve(attribute).orElseThrow(() -> new NoSuchFileException(relative(attribute)));
        requireAttribute(attribute, real);
        if (!real.getFileName().equals(normalized.getFileName()) || !isWhereItBelongs(real)) {
            throw new SysfsPathException(relative(attribute) + " leads to " + relative(real)
                    + ", which is not that attribute");
        }
        Files.writeString(real, value, StandardCharsets.US_ASCII,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Whether the path exists inside the root (following links); escaping the root or looping is an error. */
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
     * @throws SysfsPathException   on a link loop or another error resolving it
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
        } catch (IOException e) {
            throw new SysfsPathException("cannot resolve " + relative(path) + ": " + e.getMessage());
        }
        if (!real.startsWith(realRoot)) {
            throw new SysfsEscapeException(relative(path), "resolves outside the sysfs root");
        }
        return Optional.of(real);
    }

    /** The path as the kernel would name it under {@code /sys}, for messages. */
    public String relative(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return normalized.startsWith(root) ? "/sys/" + root.relativize(normalized) : path.toString();
    }

    /**
     * The real file is the attribute its name says: {@code create} of an mdev type, {@code remove} or
     * {@code vendor/use} of an mdev (a directory with an {@code mdev_type} link), NVIDIA's {@code current_vgpu_type}.
     */
    private static boolean isWhereItBelongs(Path real) {
        Path dir = real.getParent();
        return switch (real.getFileName().toString()) {
            case "create" -> dir.getParent() != null && dir.getParent().getFileName().toString()
                    .equals("mdev_supported_types");
            case "remove" -> Files.exists(dir.resolve("mdev_type"), LinkOption.NOFOLLOW_LINKS);
            case "use" -> dir.getFileName().toString().equals("vendor")
                    && Files.exists(dir.getParent().resolve("mdev_type"), LinkOption.NOFOLLOW_LINKS);
            case "current_vgpu_type" -> dir.getFileName().toString().equals("nvidia");
            default -> false;
        };
    }

    /** A FIFO or device node would block or stream forever; sysfs attributes are regular files. */
    private void requireAttribute(Path path, Path real) throws SysfsPathException {
        if (!Files.isRegularFile(real)) {
            throw new SysfsPathException(relative(path) + " is not a regular file");
        }
    }
}
