package dev.deviceha.drill.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.deviceha.sysfs.Sysfs;

/**
 * The one part of a synthetic host that stands in for the kernel: writing a UUID to an mdev type's {@code create}
 * makes the mdev appear (under its parent, linked from {@code bus/mdev/devices}, with HCT's {@code vendor/use}),
 * and writing to its {@code remove} makes it go, as the kernel's mdev core does. Everything else is the agent's
 * own sysfs access, confined to the host's tree.
 */
final class SimulatedKernel extends Sysfs {
    private final Path root;

    SimulatedKernel(Path root) throws IOException {
        super(root);
        this.root = root.toRealPath();
        Files.createDirectories(root.resolve("bus/mdev/devices"));
    }

    @Override
    public void write(Path attribute, String value) throws IOException {
        super.write(attribute, value);
        Path real = resolve(attribute).orElseThrow();
        switch (real.getFileName().toString()) {
            case "create" -> createMdev(real.getParent(), value.trim());
            case "remove" -> removeMdev(real.getParent());
            default -> {
                // Other attributes (NVIDIA's current_vgpu_type, HCT's vendor/use) keep what was written.
            }
        }
    }

    private void createMdev(Path typeDirectory, String uuid) throws IOException {
        Path parent = typeDirectory.getParent().getParent();
        Path device = Files.createDirectories(parent.resolve(uuid));
        Files.createDirectories(device.resolve("vendor"));
        Files.writeString(device.resolve("vendor/use"), "0\n");
        Files.writeString(device.resolve("remove"), "");
        Files.createSymbolicLink(device.resolve("mdev_type"), device.relativize(typeDirectory));
        Path link = root.resolve("bus/mdev/devices").resolve(uuid);
        Files.createSymbolicLink(link, link.getParent().relativize(device));
    }

    private void removeMdev(Path device) throws IOException {
        Files.deleteIfExists(root.resolve("bus/mdev/devices").resolve(device.getFileName()));
        try (Stream<Path> paths = Files.walk(device)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
