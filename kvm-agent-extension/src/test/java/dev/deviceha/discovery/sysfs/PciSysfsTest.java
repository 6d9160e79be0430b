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
