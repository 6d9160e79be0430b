package dev.deviceha.drill.host;

import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The drill's {@link SimulatedKernel} with the kernel's accounting of {@code available_instances} (one less per
 * mdev created, one more per mdev removed) and one fault an operator meets on HCT hosts: the kernel refusing an mdev
 * {@code create} or HCT {@code vendor/use} write with EBUSY while another mdev is being opened. The agent's
 * preparation must retry a few times and then give up cleanly.
 */
final class FaultyKernel extends Sysfs {
    private final SimulatedKernel kernel;
    private int busyWrites;

    FaultyKernel(Path root) throws IOException {
        super(root);
        this.kernel = new SimulatedKernel(root);
    }

    /** The next {@code writes} writes to {@code create} or {@code use} fail with EBUSY. */
    synchronized void refuseBusy(int writes) {
        busyWrites = writes;
    }

    @Override
    public void write(Path attribute, String value) throws IOException {
        String name = attribute.getFileName().toString();
        synchronized (this) {
            if (busyWrites > 0 && (name.equals("create") || name.equals("use"))) {
                busyWrites--;
                throw new IOException("write error on " + name + ": Device or resource busy");
            }
        }
        Path real = resolve(attribute).orElseThrow();
        Path typeDirectory = switch (name) {
            case "create" -> real.getParent();
            case "remove" -> typeOf(real.getParent());
            default -> null;
        };
        kernel.write(attribute, value);
        if (typeDirectory != null) {
            count(typeDirectory, name.equals("create") ? -1 : 1);
        }
    }

    /** The type directory of an mdev; null when the type vanished meanwhile. */
    private static Path typeOf(Path mdev) throws IOException {
        try {
            return mdev.resolve("mdev_type").toRealPath();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The kernel's own accounting, which the drill's kernel leaves out: an instance made is one less available. */
    private static void count(Path typeDirectory, int change) throws IOException {
        Path available = typeDirectory.resolve("available_instances");
        if (Files.exists(available)) {
            int now = Integer.parseInt(Files.readString(available).trim());
            Files.writeString(available, Math.max(0, now + change) + "\n");
        }
    }
}
