package dev.deviceha.sysfs;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Whether the host itself uses a PCI function: the one rule discovery offers devices by and preparation refuses them
 * by. Every network interface and block device the kernel made is listed in {@code class/net} and {@code class/block}
 * and lives below the device that carries it, at whatever depth: {@code <function>/net/eth0} for most NICs,
 * {@code <function>/virtio2/net/eth0} for virtio-net, {@code <function>/nvme/nvme0/nvme0n1} or
 * {@code <function>/host0/target0:0:0/0:0:0:0/block/sda} for disks. Both lists are read once, their links resolved,
 * and each entry is filed under every directory above it, so a function's consumers are one lookup.
 *
 * <p>A function is host-used when a block device of the host lies below it (it may hold the root filesystem, swap or
 * an LVM volume, and sysfs cannot prove otherwise), or one of its network interfaces is up or enslaved to a bridge or
 * bond. A whole device must in addition be of a class meant for passthrough, be held for VMs by its driver unless the
 * admin allows that host driver ({@link PassthroughDrivers}), and not be the boot VGA console. When a list could not
 * be read completely, a function bound to a host driver may carry an unseen consumer and is taken as host-used.
 */
public final class HostUse {
    private static final int IFF_UP = 0x1;
    private static final Pattern INTERFACE_NAME = Pattern.compile("[!-~&&[^/:]]{1,15}");
    private static final int STORAGE = 0x01;
    /**
     * Mass storage, network, display, multimedia, processors, encryption, signal processing (many FPGAs),
     * processing accelerators, and unassigned (other FPGAs).
     */
    private static final Set<Integer> PASSTHROUGH_BASE_CLASSES =
            Set.of(STORAGE, 0x02, 0x03, 0x04, 0x0b, 0x10, 0x11, 0x12, 0xff);

    private final Sysfs sysfs;
    private final PassthroughDrivers drivers;
    private final Map<Path, List<Consumer>> belowDirectory;
    private final boolean complete;

    private record Consumer(String kind, String name, Path link) {
    }

    private HostUse(Sysfs sysfs, PassthroughDrivers drivers, Map<Path, List<Consumer>> belowDirectory,
            boolean complete) {
        this.sysfs = sysfs;
        this.drivers = drivers;
        this.belowDirectory = belowDirectory;
        this.complete = complete;
    }

    /** Reads the host's netdevs and block devices; what cannot be read goes to {@code warnings} (subject, problem). */
    public static HostUse read(Sysfs sysfs, PassthroughDrivers drivers, BiConsumer<String, String> warnings) {
        Map<Path, List<Consumer>> below = new HashMap<>();
        boolean complete = index(sysfs, "class/net", "netdev", below, warnings)
                & index(sysfs, "class/block", "block device", below, warnings);
        return new HostUse(sysfs, drivers, below, complete);
    }

    private static boolean index(Sysfs sysfs, String classDir, String kind, Map<Path, List<Consumer>> below,
            BiConsumer<String, String> warnings) {
        Path dir = sysfs.at(classDir);
        List<String> names;
        try {
            names = sysfs.list(dir);
        } catch (IOException e) {
            warnings.accept("host " + kind + "s", "unreadable, no device bound to a host driver is offered: "
                    + e.getMessage());
            return false;
        }
        boolean complete = true;
        for (String name : names) {
            Path link = dir.resolve(name);
            try {
                Optional<Path> real = sysfs.resolve(link);
                if (real.isPresent()) {
                    Consumer consumer = new Consumer(kind, name, link);
                    for (Path up = real.get().getParent(); up != null; up = up.getParent()) {
                        below.computeIfAbsent(up, key -> new ArrayList<>()).add(consumer);
                    }
                }
            } catch (IOException e) {
                complete = false;
                warnings.accept(kind + " " + InvalidValueException.quote(name), "unreadable: " + e.getMessage());
            }
        }
        return complete;
    }

    /**
     * The network interfaces below the function, up or not; none while it is bound to vfio-pci. Only names the
     * kernel could have given (printable, no space, slash or colon, at most 15 characters) are reported; any entry
     * still counts as the host's use.
     */
    public List<String> netdevs(PciAddress address) throws IOException {
        return consumers(address).stream().filter(c -> c.kind().equals("netdev")).map(Consumer::name)
                .filter(name -> INTERFACE_NAME.matcher(name).matches()).toList();
    }

    /**
     * Why the host uses the function through what hangs below it (a disk, an interface in use), or empty, phrased to
     * follow "host: ". {@code driver} is the function's bound driver, null when unbound.
     */
    public Optional<String> ofFunction(PciAddress address, String driver) throws IOException {
        for (Consumer consumer : consumers(address)) {
            if (consumer.kind().equals("block device")) {
                return Optional.of("block device " + consumer.name());
            }
            if (isActive(consumer.link())) {
                return Optional.of("netdev " + consumer.name() + " in use");
            }
        }
        if (!complete && !PassthroughDrivers.isVmDriver(driver)) {
            return Optional.of("bound to " + driver + " while the host's netdevs or block devices are unreadable");
        }
        return Optional.empty();
    }

    /** Why a whole device may not be offered or passed, or empty when it may. */
    public Optional<String> ofWholeDevice(PciAddress address, String driver, int classCode) throws IOException {
        if (!isPassthroughClass(classCode)) {
            return Optional.of(String.format("class 0x%06x is no device class for passthrough", classCode));
        }
        String refusal = drivers.refusal(driver);
        if (refusal != null) {
            return Optional.of(refusal);
        }
        Optional<String> use = ofFunction(address, driver);
        if (use.isPresent()) {
            return use;
        }
        if ("1".equals(sysfs.read(sysfs.pciDevice(address).resolve("boot_vga")).orElse("0"))) {
            return Optional.of("boot VGA console");
        }
        return Optional.empty();
    }

    /** Classes that hold GPUs, FPGAs, NVMe, NICs and accelerators, not bridges or platform devices. */
    public static boolean isPassthroughClass(int classCode) {
        return PASSTHROUGH_BASE_CLASSES.contains(classCode >> 16);
    }

    private List<Consumer> consumers(PciAddress address) throws IOException {
        Path function = sysfs.resolve(sysfs.pciDevice(address))
                .orElseThrow(() -> new SysfsPathException("no sysfs entry for " + address));
        return belowDirectory.getOrDefault(function, List.of());
    }

    /**
     * Up (IFF_UP set), or enslaved to a bridge or bond (a {@code master} link), which is how the management bridge and
     * bonds hold a NIC even while a port is down.
     */
    private boolean isActive(Path netdev) throws IOException {
        if (sysfs.exists(netdev.resolve("master"))) {
            return true;
        }
        Optional<String> flags = sysfs.read(netdev.resolve("flags"));
        if (flags.isPresent()) {
            try {
                return (Integer.decode(flags.get()) & IFF_UP) != 0;
            } catch (NumberFormatException e) {
                throw new InvalidValueException("netdev flags", flags.get(), "expected a hex number such as 0x1003");
            }
        }
        // Without flags, only a link the kernel reports down is taken as unused.
        return !sysfs.read(netdev.resolve("operstate")).orElse("down").equals("down");
    }
}
