package dev.deviceha.discovery.sysfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PciSysfsTest {
    private static final PciAddress NIC = PciAddress.parse("0000:60:00.0");

    @TempDir
    Path root;

    private Path device;
    private PciSysfs pci;

    @BeforeEach
    void tree() throws IOException {
        device = Files.createDirectories(root.resolve("bus/pci/devices").resolve(NIC.toString()));
        pci = new PciSysfs(new Sysfs(root));
    }

    private Path netdev(String name, String flags, String operstate) throws IOException {
        Path dir = Files.createDirectories(device.resolve("net").resolve(name));
        if (flags != null) {
            Files.writeString(dir.resolve("flags"), flags + "\n");
        }
        if (operstate != null) {
            Files.writeString(dir.resolve("operstate"), operstate + "\n");
        }
        return dir;
    }

    @Test
    void interfaceIsActiveWhenUpEvenWithoutCarrier() throws IOException {
        netdev("eno1", "0x1003", "down");
        netdev("eno2", "0x1002", "down");

        assertThat(pci.hostActiveNetdevs(NIC)).containsExactly("eno1");
    }

    @Test
    void downBridgeOrBondPortIsStillActive() throws IOException {
        Path port = netdev("eno2", "0x1002", "down");
        Files.createDirectories(root.resolve("devices/virtual/net/cloudbr0"));
        Files.createSymbolicLink(port.resolve("master"), root.resolve("devices/virtual/net/cloudbr0"));

        assertThat(pci.hostActiveNetdevs(NIC)).containsExactly("eno2");
    }

    @Test
    void withoutFlagsOnlyALinkReportedDownCountsAsUnused() throws IOException {
        netdev("a", null, "down");
        netdev("b", null, "unknown");
        netdev("c", null, null);

        assertThat(pci.hostActiveNetdevs(NIC)).containsExactly("b");
    }

    @Test
    void numaNodeMinusOneIsUnknownAndGarbageIsRejected() throws IOException {
        Files.writeString(device.resolve("numa_node"), "-1\n");
        assertThat(pci.numaNode(NIC)).isEmpty();

        Files.writeString(device.resolve("numa_node"), "99999\n");
        assertThatThrownBy(() -> pci.numaNode(NIC)).isInstanceOf(InvalidValueException.class);

        Files.writeString(device.resolve("numa_node"), "1\n");
        assertThat(pci.numaNode(NIC)).contains(1);
    }

    @Test
    void iommuGroupIsTheLinkTargetsNumber() throws IOException {
        Path group = Files.createDirectories(root.resolve("kernel/iommu_groups/42"));
        Files.createSymbolicLink(device.resolve("iommu_group"), group);
        assertThat(pci.iommuGroup(NIC)).contains(42);

        Files.delete(device.resolve("iommu_group"));
        Files.createSymbolicLink(device.resolve("iommu_group"), Files.createDirectories(root.resolve("kernel/x")));
        assertThatThrownBy(() -> pci.iommuGroup(NIC)).isInstanceOf(InvalidValueException.class);
    }
}
