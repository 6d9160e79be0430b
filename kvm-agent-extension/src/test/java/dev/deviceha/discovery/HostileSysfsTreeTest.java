package dev.deviceha.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.deviceha.fixtures.SriovNic;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile sysfs tree under the whole scan: links that loop or leave the root, binary and oversized files, FIFOs,
 * unreadable files and absurd entry counts. Each costs the device or fact it touches, with a warning, in bounded
 * time; none makes a device the host uses look free, and none loses the scan. (The mixed host's cases are in
 * {@link HostileHostTest}; these use a nested KVM host's virtio devices and an SR-IOV NIC.)
 */
class HostileSysfsTreeTest {
    /** A hang (a FIFO read, a loop followed forever) runs into this; a scan takes well under a second. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String BALLOON = "0000:00:01.0";
    private static final String NIC = "0000:00:03.0";
    private static final String FPGA = "0000:00:06.0";

    @TempDir
    Path dir;

    private WrittenHost host;
    private Path sys;

    @BeforeEach
    void writeHost() {
        host = HostDeviceDiscoveryTest.nestedKvmHost()
                .sriovNic(SriovNic.of("0000:3b:00.0", "ens1f0", 2).withHostNetdevUpOnVfs(1))
                .build().writeTo(dir);
        sys = host.sysfsRoot();
    }

    private DiscoveryReport scan(String... allowedDrivers) {
        return assertTimeoutPreemptively(BOUND, () -> new HostDeviceDiscovery(sys, host.libvirtUri(),
                new PassthroughDrivers(Set.of(allowedDrivers))).scan());
    }

    private Path device(String address) throws IOException {
        return sys.resolve("bus/pci/devices").resolve(address).toRealPath();
    }

    private static List<String> addresses(DiscoveryReport report) {
        return report.devices().stream().map(HostDevice::address).toList();
    }

    private void relink(Path link, Path target) throws IOException {
        Files.delete(link);
        Files.createSymbolicLink(link, target);
    }

    private void mkfifo(Path path) throws Exception {
        Files.deleteIfExists(path);
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
    }

    /** libvirt's test driver drops {@code <driver>}, so discovery reads the link, as with an older libvirt. */
    @Test
    void driverLinkInALoopIsNotTakenForUnbound() throws Exception {
        relink(device(BALLOON).resolve("driver"), Path.of("driver"));

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain(BALLOON).contains(FPGA);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("PCI " + BALLOON + ": host use unverifiable"));
    }

    @Test
    void driverLinkLeavingTheRootIsNotTakenForUnbound() throws Exception {
        relink(device(BALLOON).resolve("driver"), dir.resolve("nowhere-bound"));
        Files.createDirectories(dir.resolve("nowhere-bound"));

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain(BALLOON).contains(FPGA);
        assertThat(report.warnings()).anyMatch(w -> w.contains("resolves outside the sysfs root"));
    }

    @Test
    void interfaceListEntryLeavingTheRootHidesEveryDeviceOnAHostDriver() throws Exception {
        Files.createSymbolicLink(sys.resolve("class/net/evil"), Path.of("/etc"));

        DiscoveryReport report = scan("virtio-pci");

        // The balloon might carry the unresolvable interface; the FPGA on vfio-pci cannot.
        assertThat(addresses(report)).doesNotContain(BALLOON, NIC).contains(FPGA);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("netdev \"evil\": unreadable")
                && w.contains("resolves outside the sysfs root"));
    }

    @Test
    void virtioNetdevWithBinaryFlagsIsNotTakenForDown() throws Exception {
        Files.write(device(NIC).resolve("virtio2/net/eth0/flags"), new byte[] {0, (byte) 0xff, 0x1b, '[', '3', '1'});

        DiscoveryReport report = scan("virtio-pci");

        assertThat(addresses(report)).doesNotContain(NIC).contains(BALLOON, FPGA);
        assertThat(report.warnings()).singleElement().asString().startsWith("PCI " + NIC + ": host use unverifiable")
                .doesNotContainPattern("[\\x00-\\x1f\\x7f]");
    }

    @Test
    void fifoInPlaceOfAnAttributeIsNeverOpened() throws Exception {
        mkfifo(device(NIC).resolve("virtio2/net/eth0/flags"));
        mkfifo(device("0000:3b:02.1").resolve("net/ens1f0v1/flags"));

        DiscoveryReport report = scan("virtio-pci");

        assertThat(addresses(report)).doesNotContain(NIC, "0000:3b:02.1").contains("0000:3b:02.0", FPGA);
        assertThat(report.warnings()).hasSize(2).allMatch(w -> w.contains("not a regular file"));
    }

    @Test
    void oversizedAttributeIsReadOnlyToTheCap() throws Exception {
        Files.write(device("0000:3b:02.1").resolve("net/ens1f0v1/flags"), new byte[64 * 1024 * 1024]);

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("0000:3b:02.1").contains("0000:3b:02.0");
        assertThat(report.warnings()).singleElement().asString().contains("more than a sysfs attribute holds");
    }

    @Test
    void binaryGarbageInTheClassCostsTheDevice() throws Exception {
        Path nodeXml = host.nodeXml();
        Files.writeString(nodeXml, Files.readString(nodeXml).replaceAll("<class>[^<]*</class>", ""));
        Files.write(device(FPGA).resolve("class"), new byte[] {'0', 'x', 0, (byte) 0x80, 0x07});

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain(FPGA).contains("0000:3b:02.0");
        assertThat(report.warnings()).singleElement().asString().startsWith("PCI " + FPGA + ": sysfs: invalid");
    }

    /** Root reads any file; an unreadable attribute is what a write-only sysfs attribute gives even root. */
    @Test
    void writeOnlyAttributeOfThisMachineIsAnErrorNotAHang() throws Exception {
        Path pci = Path.of("/sys/bus/pci/devices");
        Assumptions.assumeTrue(Files.isDirectory(pci), "this machine has no /sys/bus/pci to read a real attribute of");
        Sysfs real = new Sysfs(Path.of("/sys"));
        Path first;
        try (Stream<Path> devices = Files.list(pci)) {
            first = devices.sorted().findFirst().orElseThrow();
        }

        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> real.read(first.resolve("remove"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** As root the suite cannot make a file unreadable; a view of sysfs that refuses stands in for the kernel. */
    @Test
    void unreadableInterfaceListHidesEveryDeviceOnAHostDriver() throws Exception {
        Sysfs denying = new Sysfs(sys) {
            @Override
            public List<String> list(Path directory) throws IOException {
                if (directory.endsWith("class/net")) {
                    throw new AccessDeniedException(relative(directory));
                }
                return super.list(directory);
            }
        };
        List<String> warnings = new ArrayList<>();

        HostUse hostUse = HostUse.read(denying, new PassthroughDrivers(Set.of("virtio-pci")),
                (subject, problem) -> warnings.add(subject + ": " + problem));

        assertThat(hostUse.ofWholeDevice(PciAddress.parse(BALLOON), "virtio-pci", 0xffff00))
                .hasValueSatisfying(reason -> assertThat(reason).contains("unreadable"));
        assertThat(hostUse.ofWholeDevice(PciAddress.parse(FPGA), "vfio-pci", 0x120000))
                .isEqualTo(Optional.empty());
        assertThat(warnings).singleElement().asString().startsWith("host netdevs: unreadable");
    }

    @Test
    void unreadableTreeAsAnOrdinaryUserCostsOnlyWhatItHides() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root, who reads files whatever their mode; covered by the refusing view above");
        Path flags = device("0000:3b:02.1").resolve("net/ens1f0v1/flags");
        flags.toFile().setReadable(false, false);

        DiscoveryReport report = scan();

        assertThat(addresses(report)).doesNotContain("0000:3b:02.1").contains("0000:3b:02.0");
    }

    @Test
    void thousandsOfBrokenInterfaceEntriesKeepTheReportBounded() throws Exception {
        for (int i = 0; i < 3000; i++) {
            Files.createSymbolicLink(sys.resolve("class/net/loop" + i), Path.of("loop" + i));
        }

        DiscoveryReport report = scan();

        assertThat(report.warnings()).hasSize(501);
        assertThat(report.warnings().get(500)).isEqualTo(
                "warnings: 2500 more not listed (see the agent log at debug level)");
        assertThat(addresses(report)).contains(FPGA).doesNotContain(BALLOON, NIC);
    }

    @Test
    void interfaceNameNoKernelWouldGiveIsNotReportedButStillCounts() throws Exception {
        Path pf = device("0000:3b:00.0");
        Path odd = Files.createDirectories(pf.resolve("net/" + "x".repeat(40)));
        Files.writeString(odd.resolve("flags"), "0x1002\n");
        Files.delete(sys.resolve("class/net/ens1f0"));
        Files.move(pf.resolve("net/ens1f0"), pf.resolve("net/\u001b[31mred"));
        Files.createSymbolicLink(sys.resolve("class/net/\u001b[31mred"), pf.resolve("net/\u001b[31mred"));
        Files.createSymbolicLink(sys.resolve("class/net/" + "x".repeat(40)), odd);

        DiscoveryReport report = scan();

        assertThat(report.devices()).filteredOn(d -> d.address().equals("0000:3b:02.0"))
                .singleElement().extracting(HostDevice::netdev).isNull();
    }
}
