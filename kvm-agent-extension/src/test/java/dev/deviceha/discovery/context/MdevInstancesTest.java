package dev.deviceha.discovery.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.discovery.libvirt.MdevNodeDevice;
import dev.deviceha.discovery.libvirt.NodeDevices;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdevInstancesTest {
    private static final MdevTypeId T4_1Q = MdevTypeId.parse("nvidia-230");
    private static final MdevUuid IN_SYSFS = MdevUuid.parse("3627463d-b7f0-4fea-b468-f1da537d301b");
    private static final MdevUuid ONLY_IN_LIBVIRT = MdevUuid.parse("d2441d39-495e-4243-ad9f-beb3f14c23d9");
    private static final MdevUuid ON_MTTY = MdevUuid.parse("8a1c2f0e-5a4b-4c3d-9e8f-0a1b2c3d4e5f");

    @TempDir
    Path root;

    private final Warnings warnings = new Warnings();

    private static PciNodeDevice gpu(String address) {
        PciAddress pci = PciAddress.parse(address);
        return new PciNodeDevice("pci_" + address.replace(':', '_').replace('.', '_'), pci, 0x030200, "10de", "1eb8",
                null, null, "nvidia", 0, 10, null, List.of(), List.of());
    }

    @Test
    void sysfsAndLibvirtAreMergedAndForeignParentsIgnored() throws IOException {
        Path gpuDir = Files.createDirectories(root.resolve("devices/pci0000:af/0000:af:00.0"));
        Path typeDir = Files.createDirectories(gpuDir.resolve("mdev_supported_types/nvidia-230"));
        Path mdevDir = Files.createDirectories(gpuDir.resolve(IN_SYSFS.value()));
        Files.createSymbolicLink(mdevDir.resolve("mdev_type"), typeDir);
        Files.createDirectories(root.resolve("bus/mdev/devices"));
        Files.createSymbolicLink(root.resolve("bus/mdev/devices").resolve(IN_SYSFS.value()), mdevDir);
        NodeDevices devices = new NodeDevices(List.of(gpu("0000:af:00.0"), gpu("0000:b0:00.0")), List.of(
                new MdevNodeDevice(IN_SYSFS, "pci_0000_b0_00_0", T4_1Q),
                new MdevNodeDevice(ONLY_IN_LIBVIRT, "pci_0000_b0_00_0", T4_1Q),
                new MdevNodeDevice(ON_MTTY, "computer", MdevTypeId.parse("mtty-1"))), warnings);

        MdevInstances instances = MdevInstances.read(new Sysfs(root), devices, warnings);

        // sysfs is the kernel's own view: it wins over libvirt's parent for the same UUID.
        assertThat(instances.of("0000:af:00.0", T4_1Q)).containsExactly(new MdevInstance(IN_SYSFS, "0000:af:00.0", T4_1Q));
        assertThat(instances.of("0000:b0:00.0", T4_1Q))
                .containsExactly(new MdevInstance(ONLY_IN_LIBVIRT, "0000:b0:00.0", T4_1Q));
        assertThat(warnings.list()).isEmpty();
    }
}
