package dev.deviceha.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.fixtures.SysfsNodeFile;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sysfs of the machine the suite runs on, not a tree we wrote: discovery with a libvirt node file made from its
 * {@code /sys/bus/pci/devices}, as a new user tries {@code device-ha discover} on a lab host. Whatever the machine (a
 * nested KVM host with virtio devices, a workstation, a CI runner), no device the host itself uses may be offered:
 * a whole device bound to a host driver or with a netdev or disk of the host below it, or a VF with a disk or an up
 * netdev below it (a VF bound to its network driver with its netdev down is free: libvirt rebinds it at start).
 *
 * <p>The host's use is read here independently of the production code: by walking each offered function's own
 * directory (links not followed) for {@code net/} and {@code block/} entries.
 */
class RealHostSysfsTest {
    private static final Path SYS = Path.of("/sys");
    private static final Set<String> PASSTHROUGH_DRIVERS = Set.of("vfio-pci", "pci-stub");
    private static final int MAX_DEPTH = 8;

    @TempDir
    Path dir;

    @Test
    void nothingTheHostUsesIsOffered() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SYS.resolve("bus/pci/devices")),
                "this machine has no /sys/bus/pci: nothing to check against a real host");
        Path nodeXml = SysfsNodeFile.write(SYS, dir.resolve("node.xml"));

        DiscoveryReport report = new HostDeviceDiscovery(SYS, "test://" + nodeXml).scan();

        List<String> offendingEntries = new ArrayList<>();
        for (HostDevice device : report.devices()) {
            if (device.backing() != DeviceBacking.PCI_FUNCTION || !device.free()) {
                continue;
            }
            Path function = SYS.resolve("bus/pci/devices").resolve(device.address()).toRealPath();
            List<String> consumers = hostConsumersBelow(function, device.kind() == DeviceKind.PCI);
            String driver = driverOf(function);
            if (!consumers.isEmpty()) {
                offendingEntries.add(device.kind() + " " + device.address() + " has host " + consumers);
            } else if (device.kind() == DeviceKind.PCI && driver != null && !PASSTHROUGH_DRIVERS.contains(driver)) {
                offendingEntries.add(device.kind() + " " + device.address() + " is bound to host driver " + driver);
            }
        }
        assertThat(offendingEntries).as("free devices the host uses").isEmpty();
    }

    /**
     * {@code block/<disk>} directories anywhere below the function's own directory, and {@code net/<if>} ones: all of
     * them for a whole device, those up (IFF_UP in {@code flags}) or enslaved ({@code master}) for a VF.
     */
    private static List<String> hostConsumersBelow(Path function, boolean anyNetdev) throws IOException {
        try (Stream<Path> paths = Files.walk(function, MAX_DEPTH)) {
            return paths.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> path.getParent() != null && path.getParent().getFileName() != null)
                    .filter(path -> path.getParent().getFileName().toString().equals("block")
                            || path.getParent().getFileName().toString().equals("net")
                            && (anyNetdev || isUpOrEnslaved(path)))
                    .map(path -> path.getParent().getFileName() + "/" + path.getFileName())
                    .toList();
        }
    }

    private static boolean isUpOrEnslaved(Path netdev) {
        try {
            return Files.exists(netdev.resolve("master"), LinkOption.NOFOLLOW_LINKS)
                    || (Integer.decode(Files.readString(netdev.resolve("flags")).trim()) & 1) != 0;
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static String driverOf(Path function) throws IOException {
        Path link = function.resolve("driver");
        return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : null;
    }
}
