package dev.deviceha.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.PassthroughDrivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or hostile sysfs tree: each defect costs the affected device (with a warning), never the scan, and
 * nothing outside the sysfs root is read.
 */
class HostileHostTest {
    @TempDir
    Path dir;

    private WrittenHost host;
    private Path sys;

    @BeforeEach
    void writeHost() {
        host = HostDeviceDiscoveryTest.mixedHost().writeTo(dir);
        sys = host.sysfsRoot();
    }

    private DiscoveryReport scan() throws DiscoveryException {
        return new HostDeviceDiscovery(sys, host.libvirtUri()).scan();
    }

    private Path device(String address) throws IOException {
        return sys.resolve("bus/pci/devices").resolve(address).toRealPath();
    }

    private static List<String> addresses(DiscoveryReport report) {
        return report.devices().stream().map(HostDevice::address).toList();
    }

    private Path secretOutsideTheRoot() throws IOException {
        return Files.writeString(dir.resolve("secret"), "0x1003\n");
    }

    @Test
    void vfVanishedMidScanIsSkippedWithAWarning() throws Exception {
        Path vf = device("0000:3b:02.2");
        try (Stream<Path> files = Files.walk(vf)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        DiscoveryReport report = scan();

        assertThat(addresses(report)).contains("0000:3b:02.1", "0000:3b:02.3").doesNotContain("0000:3b:02.2");
        assertThat(report.warnings()).containsExactly(
                "PCI 0000:3b:02.2: VF 2 of PF 0000:3b:00.0 vanished from sysfs; skipped");
    }

    @Test
    void garbageNetdevFlagsCostOnlyThatVf() throws Exception {
        Files.writeString(device("0000:3b:02.3").resolve("net/ens1f0v3/flags"), "up!\n");

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("0000:3b:02.3").contains("0000:3b:02.0", "0000:3b:02.1");
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("PCI 0000:3b:02.3: host use of the VF unreadable, skipped: invalid netdev flags \"up!\"");
    }

    @Test
    void netdevStateLinkedOutsideTheRootIsNeverRead() throws Exception {
        Path flags = device("0000:3b:02.3").resolve("net/ens1f0v3/flags");
        Files.delete(flags);
        Files.createSymbolicLink(flags, secretOutsideTheRoot());

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("0000:3b:02.3");
        assertThat(report.warnings()).singleElement().asString().contains("resolves outside the sysfs root");
    }

    @Test
    void hctParentInALinkLoopCostsOnlyHct() throws Exception {
        Path hctLink = sys.resolve("class/mdev_bus/hct");
        Files.delete(hctLink);
        Files.createSymbolicLink(hctLink, Path.of("hct-loop"));
        Files.createSymbolicLink(sys.resolve("class/mdev_bus/hct-loop"), Path.of("hct"));

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("hct/hct-1").contains("0000:af:00.0/nvidia-230");
        assertThat(report.warnings()).singleElement().asString().startsWith("HCT: mdev parent unreadable");
    }

    @Test
    void hctTypeWithGarbageInstancesIsSkipped() throws Exception {
        Files.writeString(sys.resolve("devices/virtual/hct/hct/mdev_supported_types/hct-1/available_instances"),
                "lots\n");

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("hct/hct-1");
        assertThat(report.warnings()).singleElement().asString()
                .isEqualTo("HCT type \"hct-1\": skipped: invalid available_instances \"lots\": expected a non-negative number");
    }

    @Test
    void mdevWhoseTypeLinkEscapesTheRootIsNotCounted() throws Exception {
        Path typeLink = sys.resolve("bus/mdev/devices/" + HostDeviceDiscoveryTest.SPARE_MDEV).toRealPath()
                .resolve("mdev_type");
        Files.delete(typeLink);
        Files.createDirectories(dir.resolve("evil/mdev_supported_types/nvidia-230"));
        Files.createSymbolicLink(typeLink, dir.resolve("evil/mdev_supported_types/nvidia-230"));

        DiscoveryReport report = scan();

        assertThat(report.warnings()).singleElement().asString()
                .startsWith("mdev \"" + HostDeviceDiscoveryTest.SPARE_MDEV + "\": skipped:")
                .contains("resolves outside the sysfs root");
        // libvirt still lists the mdev, so it is counted from there, under its true parent.
        assertThat(addresses(report)).contains("0000:af:00.0/nvidia-230/" + HostDeviceDiscoveryTest.SPARE_MDEV);
    }

    @Test
    void strayEntriesUnderMdevDevicesAreWarnedAbout() throws Exception {
        Files.createDirectories(sys.resolve("bus/mdev/devices/..hidden"));
        Files.createSymbolicLink(sys.resolve("bus/mdev/devices/not-a-uuid"), Path.of("/etc"));

        DiscoveryReport report = scan();

        assertThat(report.warnings()).hasSize(2).allMatch(w -> w.contains("invalid mdev UUID"));
        assertThat(ofKind(report, DeviceKind.VGPU)).isNotEmpty();
    }

    @Test
    void garbageInCreatableVgpuTypesKeepsTheGoodLines() throws Exception {
        Files.writeString(device("0000:db:00.4").resolve("nvidia/creatable_vgpu_types"),
                "ID    : vGPU Name\n1414 : NVIDIA H200X-1-18C\n\u0007\u0000garbage\n");
        Files.writeString(device("0000:db:00.5").resolve("nvidia/current_vgpu_type"), "../../1\n");

        DiscoveryReport report = scan();

        assertThat(report.devices()).filteredOn(d -> d.address().equals("0000:db:00.4"))
                .extracting(d -> d.type().value()).containsExactly("1414");
        assertThat(addresses(report)).doesNotContain("0000:db:00.5");
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.warnings().get(0)).isEqualTo(
                "PCI 0000:db:00.4: unreadable line in creatable_vgpu_types: \"\\u0007\\u0000garbage\"");
        assertThat(report.warnings().get(1)).contains("invalid current_vgpu_type \"../../1\"");
    }

    @Test
    void wholeDeviceWhoseSysfsEntryEscapesIsNotOffered() throws Exception {
        Path link = sys.resolve("bus/pci/devices/0000:5e:00.0");
        Files.delete(link);
        Files.createSymbolicLink(link, dir);

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("0000:5e:00.0").contains("0000:64:00.0");
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("PCI 0000:5e:00.0: host use unverifiable, not offered:");
    }

    @Test
    void unreadableBlockDeviceListKeepsDevicesOnHostDriversFromBeingOffered() throws Exception {
        Files.createSymbolicLink(sys.resolve("class/block/loop0"), Path.of("loop0"));

        DiscoveryReport report = new HostDeviceDiscovery(sys, host.libvirtUri(),
                new PassthroughDrivers(Set.of("igb"))).scan();

        // vfio-pci holds no disk of the host; igb might, for all the host can tell now.
        assertThat(ofKind(report, DeviceKind.PCI)).extracting(HostDevice::address)
                .containsExactly("0000:5e:00.0", "0000:62:00.0", "0000:64:00.0");
        assertThat(report.warnings()).singleElement().asString().startsWith("block device \"loop0\": unreadable");
    }

    @Test
    void danglingHctParentLinkMeansNoHctAndAWarningForTheBoundCcp() throws Exception {
        Path hctLink = sys.resolve("class/mdev_bus/hct");
        Files.delete(hctLink);
        Files.createSymbolicLink(hctLink, Path.of("../../devices/virtual/hct/gone"));

        DiscoveryReport report = scan();

        assertThat(ofKind(report, DeviceKind.HCT)).isEmpty();
        assertThat(report.warnings()).singleElement().asString().isEqualTo(
                "PCI 0000:05:00.2: Hygon CCP bound to hct but there is no hct mdev parent in sysfs");
    }

    @Test
    void numaNodeFallsBackToSysfsWhereGarbageCostsOnlyTheFact() throws Exception {
        Path nodeXml = host.nodeXml();
        Files.writeString(nodeXml, Files.readString(nodeXml).replaceAll("<numa node=\"\\d+\"/>", ""));
        Files.writeString(device("0000:5e:00.0").resolve("numa_node"), "zero\n");
        Files.writeString(device("0000:64:00.0").resolve("numa_node"), "-1\n");

        DiscoveryReport report = scan();

        HostDevice nvme = report.devices().stream().filter(d -> d.address().equals("0000:5e:00.0")).findFirst()
                .orElseThrow();
        assertThat(nvme.numaNode()).isNull();
        assertThat(report.devices()).filteredOn(d -> d.address().equals("0000:64:00.0"))
                .singleElement().extracting(HostDevice::numaNode).isNull();
        assertThat(report.devices()).filteredOn(d -> d.address().equals("0000:3b:02.1"))
                .singleElement().extracting(HostDevice::numaNode).isEqualTo(0);
        assertThat(report.warnings()).containsExactly(
                "PCI 0000:5e:00.0: sysfs: invalid NUMA node \"zero\": expected -1 or a node number");
    }

    private static List<HostDevice> ofKind(DiscoveryReport report, DeviceKind kind) {
        return report.devices().stream().filter(d -> d.kind() == kind).toList();
    }
}
