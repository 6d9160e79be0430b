package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.FakeSysfsHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assignments naming devices or types discovery would not have offered: each is refused with a reason naming the
 * device, and not one file of the sysfs tree changes (every regular file's content is compared before and after).
 */
class HostileAssignmentTest {
    private static final String NVME = "0000:5e:00.0";

    @TempDir
    Path sysfsRoot;
    @TempDir
    Path stateDir;

    private FakeSysfsHost host;

    @BeforeEach
    void host() {
        host = new FakeSysfsHost(sysfsRoot)
                .wholeDevice("0000:00:00.0", "0x060000", null)
                .wholeDevice("0000:00:01.0", "0x060400", "pcieport")
                .wholeDevice("0000:00:03.0", "0x020000", "virtio-pci").netdevBelow("0000:00:03.0", "virtio2", "eth0", "up")
                .wholeDevice("0000:00:05.0", "0xffff00", "virtio-pci")
                .wholeDevice("0000:00:06.0", "0x020000", "igb").netdev("0000:00:06.0", "eno1", "up")
                .wholeDevice("0000:00:07.0", "0x010802", "nvme")
                .wholeDevice("0000:3b:00.0", "0x020000", "ice").vf("0000:3b:02.0")
                .wholeDevice(NVME, "0x010802", "vfio-pci")
                .gpu("0000:af:00.0", "nvidia-230", 4).hctParent(16);
        host.file("devices/pci0000:00/0000:3b:00.0/sriov_numvfs", "4\n");
        host.file("devices/pci0000:00/0000:3b:02.0/class", "0x020000\n");
        host.file("devices/pci0000:00/0000:af:00.0/class", "0x030200\n");
        String disk = "devices/pci0000:00/0000:00:07.0/nvme/nvme0/nvme0n1";
        host.file(disk + "/size", "1\n");
        host.link("class/block/nvme0n1", "../../" + disk);
    }

    private AssignmentPreparer preparer(PassthroughDrivers drivers) {
        return new AssignmentPreparer(host.sysfs(), drivers, new VfLinkSettings(Path.of("/bin/true")), List::of,
                new PreparedLedger(stateDir), new BusyRetry(1, Duration.ZERO, duration -> { }));
    }

    private List<PreparationFailure> prepare(PassthroughDrivers drivers, AssignedDevice device) throws IOException {
        return preparer(drivers).prepare(new DeviceAssignment(Assignments.VM, null, List.of(device)));
    }

    private static AssignedDevice pci(DeviceKind kind, DeviceBacking backing, String address, String type) {
        return new AssignedDevice(TagRef.of(kind, "x"), backing, PciAddress.parse(address), null,
                type == null ? null : new MdevTypeId(type), null, null, null, null, null);
    }

    private static AssignedDevice mdev(DeviceKind kind, String parent, String type) {
        return new AssignedDevice(TagRef.of(kind, "x"), DeviceBacking.MDEV_TYPE, null, parent, new MdevTypeId(type),
                new MdevUuid(Assignments.VGPU_UUID), null, null, null, null);
    }

    static Stream<Arguments> foreignDevices() {
        PassthroughDrivers none = PassthroughDrivers.NO_HOST_DRIVERS;
        PassthroughDrivers lenient = new PassthroughDrivers(Set.of("virtio-pci", "igb", "nvme", "pcieport", "ice"));
        return Stream.of(
                Arguments.of("host bridge as a whole device", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:00.0", null),
                        "class 0x060000 is no device class for passthrough"),
                Arguments.of("PCIe root port, even with its driver allowed", lenient,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:01.0", null),
                        "class 0x060400 is no device class for passthrough"),
                Arguments.of("the host's virtio-net card", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:03.0", null),
                        "bound to host driver virtio-pci"),
                Arguments.of("the host's virtio-net card, virtio-pci allowed", lenient,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:03.0", null),
                        "netdev eth0 in use"),
                Arguments.of("virtio balloon", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:05.0", null),
                        "bound to host driver virtio-pci"),
                Arguments.of("NIC with the host's up interface, igb allowed", lenient,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:06.0", null),
                        "netdev eno1 in use"),
                Arguments.of("the host's NVMe disk, nvme allowed", lenient,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:00:07.0", null),
                        "block device nvme0n1"),
                Arguments.of("a PF with VFs enabled as a whole device", lenient,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:3b:00.0", null),
                        "not a whole device"),
                Arguments.of("a VF as a whole device", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:3b:02.0", null),
                        "not a whole device"),
                Arguments.of("an mdev parent GPU as a whole device", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:af:00.0", null),
                        "not a whole device"),
                Arguments.of("the host's NIC as an SR-IOV VF", lenient,
                        pci(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:00:06.0", null),
                        "is not a virtual function"),
                Arguments.of("a whole NVMe as an NVIDIA vGPU VF", none,
                        pci(DeviceKind.VGPU, DeviceBacking.NVIDIA_VGPU_VF, NVME, "1414"),
                        "is not a virtual function"),
                Arguments.of("an HCT device from a GPU", none, mdev(DeviceKind.HCT, "0000:af:00.0", "nvidia-230"),
                        "a HCT device cannot come from mdev parent 0000:af:00.0"),
                Arguments.of("a vGPU from HCT's parent", none, mdev(DeviceKind.VGPU, "hct", "hct-1"),
                        "a VGPU device cannot come from mdev parent hct"),
                Arguments.of("a type the parent does not offer", none, mdev(DeviceKind.VGPU, "0000:af:00.0", "hct-1"),
                        "offers no mdev type hct-1"),
                Arguments.of("a parent that does not exist", none, mdev(DeviceKind.VGPU, "0000:b0:00.0", "nvidia-230"),
                        "offers no mdev type"),
                Arguments.of("a device that does not exist", none,
                        pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:99:00.0", null),
                        "no PCI device 0000:99:00.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignDevices")
    void deviceDiscoveryWouldNotOfferIsRefusedAndNothingIsWritten(String name, PassthroughDrivers drivers,
            AssignedDevice device, String reason) throws Exception {
        Map<String, String> before = contents();

        List<PreparationFailure> failures = prepare(drivers, device);

        assertThat(failures).singleElement().extracting(PreparationFailure::reason).asString().contains(reason);
        assertThat(contents()).isEqualTo(before);
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isFalse();
    }

    @Test
    void deviceNamedTwiceIsRefusedBeforeAnythingIsCreated() throws Exception {
        Map<String, String> before = contents();
        AssignedDevice vgpu = mdev(DeviceKind.VGPU, "0000:af:00.0", "nvidia-230");
        AssignedDevice vf = Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", null);
        AssignmentPreparer preparer = preparer(PassthroughDrivers.NO_HOST_DRIVERS);

        List<PreparationFailure> failures = preparer.prepare(new DeviceAssignment(Assignments.VM, null,
                List.of(vgpu, vf, vgpu, vf)));

        assertThat(failures).hasSize(2).allMatch(f -> f.reason().equals("named twice in the assignment"));
        assertThat(contents()).isEqualTo(before);
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isFalse();
    }

    @Test
    void absurdlyLargeAssignmentIsRefusedWhole() throws Exception {
        Map<String, String> before = contents();
        List<AssignedDevice> devices = IntStream.range(0, 100_000)
                .mapToObj(i -> pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION,
                        String.format("%04x:%02x:%02x.%x", i >> 16, (i >> 8) & 0xff, (i >> 3) & 0x1f, i & 7), null))
                .toList();
        AssignmentPreparer preparer = preparer(PassthroughDrivers.NO_HOST_DRIVERS);

        List<PreparationFailure> failures = preparer.prepare(new DeviceAssignment(Assignments.VM, null, devices));

        assertThat(failures).singleElement().extracting(PreparationFailure::reason).asString()
                .isEqualTo("the assignment names 100000 devices, more than the 256 a VM can take");
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void wholeDeviceOnVfioPciIsAccepted() throws Exception {
        assertThat(prepare(PassthroughDrivers.NO_HOST_DRIVERS,
                pci(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, NVME, null))).isEmpty();
    }

    /** Every regular file below the root (links not followed) and its content. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(sysfsRoot)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(sysfsRoot.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
