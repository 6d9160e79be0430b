package dev.deviceha.testsupport;

import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sysfs tree with the layout of a real host (devices under {@code devices/}, reached through symlinks from
 * {@code bus/} and {@code class/}), and a {@link Sysfs} that reacts to writes as the kernel does.
 */
public final class FakeSysfsHost {
    private final Path root;
    private final Map<String, Integer> busyWrites = new HashMap<>();

    public FakeSysfsHost(Path root) {
        this.root = root;
        mkdirs("bus/pci/devices", "bus/mdev/devices", "class/mdev_bus", "devices/pci0000:00", "devices/virtual");
    }

    public Path root() {
        return root;
    }

    public Sysfs sysfs() {
        try {
            return new KernelSysfs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeSysfsHost pciDevice(String address) {
        mkdirs("devices/pci0000:00/" + address);
        link("bus/pci/devices/" + address, "../../../devices/pci0000:00/" + address);
        return this;
    }

    /** A VF: a function with a {@code physfn} link to its PF, function 0 of the same bus. */
    public FakeSysfsHost vf(String address) {
        String pf = address.substring(0, address.lastIndexOf(':') + 1) + "00.0";
        if (!Files.exists(root.resolve("bus/pci/devices/" + pf), LinkOption.NOFOLLOW_LINKS)) {
            pciDevice(pf);
        }
        pciDevice(address);
        link("devices/pci0000:00/" + address + "/physfn", "../" + pf);
        return this;
    }

    /** A whole device of the given class ({@code 0x020000}) bound to {@code driver}, or unbound when null. */
    public FakeSysfsHost wholeDevice(String address, String classCode, String driver) {
        pciDevice(address);
        file("devices/pci0000:00/" + address + "/class", classCode + "\n");
        if (driver != null) {
            mkdirs("bus/pci/drivers/" + driver);
            link("devices/pci0000:00/" + address + "/driver", "../../../bus/pci/drivers/" + driver);
        }
        return this;
    }

    /** A network interface of the function, listed in {@code class/net} as the kernel lists every one. */
    public FakeSysfsHost netdev(String address, String name, String operstate) {
        return netdevBelow(address, "", name, operstate);
    }

    /** A network interface in a directory below the function, as virtio-net's {@code virtio0/net/eth0}. */
    public FakeSysfsHost netdevBelow(String address, String below, String name, String operstate) {
        String dir = "devices/pci0000:00/" + address + "/" + (below.isEmpty() ? "" : below + "/") + "net/" + name;
        mkdirs(dir);
        file(dir + "/operstate", operstate + "\n");
        link("class/net/" + name, "../../" + dir);
        return this;
    }

    public FakeSysfsHost nvidiaVf(String address, String currentType, String creatable) {
        vf(address);
        mkdirs("devices/pci0000:00/" + address + "/nvidia");
        file("devices/pci0000:00/" + address + "/nvidia/current_vgpu_type", currentType + "\n");
        file("devices/pci0000:00/" + address + "/nvidia/creatable_vgpu_types", creatable);
        return this;
    }

    public FakeSysfsHost gpu(String address, String type, int available) {
        pciDevice(address);
        return mdevParent(address, "devices/pci0000:00/" + address, type, available);
    }

    public FakeSysfsHost hctParent(int available) {
        return mdevParent("hct", "devices/virtual/hct/hct", "hct-1", available);
    }

    private FakeSysfsHost mdevParent(String name, String directory, String type, int available) {
        String types = directory + "/mdev_supported_types/" + type;
        mkdirs(types + "/devices");
        file(types + "/available_instances", available + "\n");
        file(types + "/device_api", "vfio-pci\n");
        file(types + "/create", "");
        link("class/mdev_bus/" + name, "../../" + directory);
        return this;
    }

    /** An mdev as the kernel shows it after creation: under its parent, linked from bus/mdev/devices. */
    public FakeSysfsHost mdev(String parentName, String type, String uuid) {
        Path parent = realParent(parentName);
        Path device = parent.resolve(uuid);
        try {
            Files.createDirectories(device.resolve("vendor"));
            Files.writeString(device.resolve("remove"), "");
            Files.writeString(device.resolve("vendor/use"), "0\n");
            Files.createSymbolicLink(device.resolve("mdev_type"),
                    Path.of("../mdev_supported_types/" + type));
            Files.createSymbolicLink(root.resolve("bus/mdev/devices/" + uuid), device);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public boolean hasMdev(String uuid) {
        return Files.exists(root.resolve("bus/mdev/devices/" + uuid));
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next {@code times} writes to the attribute fail with EBUSY. */
    public FakeSysfsHost busy(String relativeAttribute, int times) {
        busyWrites.put(relativeAttribute, times);
        return this;
    }

    public void link(String relative, String target) {
        try {
            Path link = root.resolve(relative);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void file(String relative, String content) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mkdirs(String... relatives) {
        try {
            for (String relative : relatives) {
                Files.createDirectories(root.resolve(relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path realParent(String parentName) {
        try {
            return root.resolve("class/mdev_bus/" + parentName).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class KernelSysfs extends Sysfs {
        KernelSysfs() throws IOException {
            super(root);
        }

        @Override
        public void write(Path attribute, String value) throws IOException {
            String relative = root.relativize(attribute).toString();
            Integer busy = busyWrites.get(relative);
            if (busy != null && busy > 0) {
                busyWrites.put(relative, busy - 1);
                throw new FileSystemException(attribute.toString(), null, "Device or resource busy");
            }
            super.write(attribute, value);
            Path real = resolve(attribute).orElseThrow();
            switch (real.getFileName().toString()) {
                case "create" -> {
                    Path type = real.getParent();
                    Path parent = type.getParent().getParent();
                    String parentName = parent.getFileName().toString();
                    mdev(parentName, type.getFileName().toString(), value);
                }
                case "remove" -> {
                    Path device = real.getParent();
                    Files.delete(root.resolve("bus/mdev/devices/" + device.getFileName()));
                    try (Stream<Path> walk = Files.walk(device)) {
                        walk.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
                    }
                }
                default -> {
                }
            }
        }
    }
}
