package dev.deviceha.sysfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sysfs root is the only place discovery reads; these are the ways a hostile tree tries to leave it. */
class SysfsTest {
    @TempDir
    Path tmp;

    private Path root;
    private Path outside;
    private Sysfs sysfs;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(tmp.resolve("sys"));
        outside = Files.writeString(tmp.resolve("secret"), "do not read\n");
        Files.createDirectories(root.resolve("bus/pci/devices/0000:3b:00.0"));
        Files.writeString(root.resolve("bus/pci/devices/0000:3b:00.0/vendor"), "0x8086\n");
        sysfs = new Sysfs(root);
    }

    @Test
    void readsAFileInsideTheRootTrimmed() throws IOException {
        assertThat(sysfs.read(sysfs.pciDevice(PciAddress.parse("0000:3b:00.0")).resolve("vendor"))).contains("0x8086");
    }

    @Test
    void missingFileIsEmptyNotAnError() throws IOException {
        assertThat(sysfs.read(sysfs.pciDevice(PciAddress.parse("0000:3b:00.0")).resolve("numa_node"))).isEmpty();
        assertThat(sysfs.list(root.resolve("class/net"))).isEmpty();
    }

    @Test
    void dotDotPathIsRefusedBeforeReading() {
        assertThatThrownBy(() -> sysfs.read(root.resolve("bus/../../secret")))
                .isInstanceOf(SysfsEscapeException.class).hasMessageContaining("not below the sysfs root");
        assertThatThrownBy(() -> sysfs.at("../secret")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absolutePathOutsideTheRootIsRefused() {
        assertThatThrownBy(() -> sysfs.read(outside)).isInstanceOf(SysfsEscapeException.class);
        assertThatThrownBy(() -> sysfs.read(Path.of("/etc/passwd"))).isInstanceOf(SysfsEscapeException.class);
    }

    @Test
    void linkEscapingTheRootIsRefused() throws IOException {
        Path device = root.resolve("bus/pci/devices/0000:3b:00.0");
        Files.createSymbolicLink(device.resolve("numa_node"), Path.of("../../../../../secret"));
        Files.createSymbolicLink(device.resolve("driver"), outside.getParent());

        assertThatThrownBy(() -> sysfs.read(device.resolve("numa_node")))
                .isInstanceOf(SysfsEscapeException.class).hasMessageContaining("resolves outside the sysfs root");
        assertThatThrownBy(() -> sysfs.linkTargetName(device.resolve("driver"))).isInstanceOf(SysfsEscapeException.class);
        assertThatThrownBy(() -> sysfs.list(device.resolve("driver"))).isInstanceOf(SysfsEscapeException.class);
    }

    @Test
    void symlinkLoopIsAnErrorNotAHang() throws IOException {
        Path device = root.resolve("bus/pci/devices/0000:3b:00.0");
        Files.createSymbolicLink(device.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(device.resolve("b"), Path.of("a"));

        assertThatThrownBy(() -> sysfs.read(device.resolve("a"))).isInstanceOf(FileSystemException.class);
    }

    @Test
    void danglingLinkIsMissing() throws IOException {
        Path device = root.resolve("bus/pci/devices/0000:3b:00.0");
        Files.createSymbolicLink(device.resolve("iommu_group"), Path.of("../../../kernel/iommu_groups/7"));

        assertThat(sysfs.linkTargetName(device.resolve("iommu_group"))).isEmpty();
    }

    @Test
    void fifoAndOversizedFilesAreNotRead() throws Exception {
        Path device = root.resolve("bus/pci/devices/0000:3b:00.0");
        Process mkfifo = new ProcessBuilder("mkfifo", device.resolve("class").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.writeString(device.resolve("device"), "x".repeat(100_000));

        assertThatThrownBy(() -> sysfs.read(device.resolve("class"))).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> sysfs.read(device.resolve("device"))).hasMessageContaining("larger than");
    }

    private static final String MDEV = "3627463d-b7f0-4fea-b468-f1da537d301b";

    @Test
    void writesAreConfinedLikeReads() throws Exception {
        Path mdevs = Files.createDirectories(root.resolve("bus/mdev/devices"));
        Path mdev = Files.createDirectories(mdevs.resolve(MDEV));
        Files.createSymbolicLink(mdev.resolve("remove"), Path.of("../../../../../secret"));
        Path nvidia = Files.createDirectories(root.resolve("bus/pci/devices/0000:3b:00.0/nvidia"));
        Process mkfifo = new ProcessBuilder("mkfifo", nvidia.resolve("current_vgpu_type").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> sysfs.write(mdev.resolve("remove"), "1"))
                .isInstanceOf(SysfsEscapeException.class).hasMessageContaining("resolves outside the sysfs root");
        assertThatThrownBy(() -> sysfs.write(root.resolve("../secret"), "1"))
                .isInstanceOf(SysfsPathException.class).hasMessageContaining("not an attribute the agent writes");
        assertThatThrownBy(() -> sysfs.write(nvidia.resolve("current_vgpu_type"), "1"))
                .hasMessageContaining("not a regular file");
        assertThat(Files.readString(outside)).isEqualTo("do not read\n");
    }

    @Test
    void onlyTheAttributesTheAgentNeedsCanBeWritten() throws Exception {
        Path device = root.resolve("bus/pci/devices/0000:3b:00.0");
        for (String attribute : new String[] {"remove", "reset", "sriov_numvfs", "driver_override", "rescan",
                "driver/unbind", "config"}) {
            Files.createDirectories(device.resolve(attribute).getParent());
            Files.writeString(device.resolve(attribute), "0\n");

            assertThatThrownBy(() -> sysfs.write(device.resolve(attribute), "1")).as(attribute)
                    .isInstanceOf(SysfsPathException.class).hasMessageContaining("not an attribute the agent writes");
            assertThat(Files.readString(device.resolve(attribute))).as(attribute).isEqualTo("0\n");
        }
    }

    /** {@code bus/mdev/devices/<uuid>} linked to a PCI function would make an mdev's remove hot-unplug it. */
    @Test
    void mdevLinkedToAPciFunctionIsNotRemovedThroughIt() throws Exception {
        Path function = root.resolve("bus/pci/devices/0000:3b:00.0");
        Files.writeString(function.resolve("remove"), "0\n");
        Files.createDirectories(root.resolve("bus/mdev/devices"));
        Files.createSymbolicLink(root.resolve("bus/mdev/devices/" + MDEV), Path.of("../../pci/devices/0000:3b:00.0"));

        assertThatThrownBy(() -> sysfs.write(sysfs.mdevDevice(MdevUuid.parse(MDEV)).resolve("remove"), "1"))
                .isInstanceOf(SysfsPathException.class).hasMessageContaining("which is not that attribute");
        assertThat(Files.readString(function.resolve("remove"))).isEqualTo("0\n");
    }

    @Test
    void writeReplacesAnExistingAttribute() throws IOException {
        Path nvidia = Files.createDirectories(sysfs.pciDevice(PciAddress.parse("0000:3b:00.0")).resolve("nvidia"));
        Path current = Files.writeString(nvidia.resolve("current_vgpu_type"), "0\n");

        sysfs.write(current, "1414");

        assertThat(sysfs.read(current)).contains("1414");
    }

    @Test
    void namesBecomePathsOnlyThroughValueTypes() {
        assertThatThrownBy(() -> PciAddress.parse("../../../etc")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PciAddress.parse("0000:3b:00.0\u0000")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MdevUuid.parse("/etc/passwd/aaaaaaaaaaaaaaaaaaaaaaaaaaa")).isInstanceOf(InvalidValueException.class);
        // A NUL never reaches the file system: the JDK refuses such a path outright.
        assertThatThrownBy(() -> root.resolve("vendor\u0000")).isInstanceOf(InvalidPathException.class);
    }

    @Test
    void rootMustBeADirectory() {
        assertThatThrownBy(() -> new Sysfs(outside)).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> new Sysfs(tmp.resolve("absent"))).isInstanceOf(IOException.class);
    }

    @Test
    void rootThatIsItselfALinkStillConfinesReads() throws IOException {
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("sys-link"), root);
        Sysfs viaLink = new Sysfs(linkedRoot);

        assertThat(viaLink.read(viaLink.pciDevice(PciAddress.parse("0000:3b:00.0")).resolve("vendor"))).contains("0x8086");
        assertThatThrownBy(() -> viaLink.read(linkedRoot.resolve("../secret"))).isInstanceOf(SysfsEscapeException.class);
    }

    @Test
    void mdevPathIsBuiltFromTheCanonicalUuid() {
        assertThat(sysfs.mdevDevice(MdevUuid.parse("3627463D-B7F0-4FEA-B468-F1DA537D301B")))
                .isEqualTo(root.toAbsolutePath().resolve("bus/mdev/devices/3627463d-b7f0-4fea-b468-f1da537d301b"));
    }
}
