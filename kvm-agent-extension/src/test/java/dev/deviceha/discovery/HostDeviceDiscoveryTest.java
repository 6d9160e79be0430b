package dev.deviceha.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.deviceha.fixtures.ExistingMdev;
import dev.deviceha.fixtures.HctDevice;
import dev.deviceha.fixtures.MdevGpu;
import dev.deviceha.fixtures.MdevTypeSpec;
import dev.deviceha.fixtures.NvidiaVfGpu;
import dev.deviceha.fixtures.NvidiaVgpuType;
import dev.deviceha.fixtures.RunningDomain;
import dev.deviceha.fixtures.SriovMdevGpu;
import dev.deviceha.fixtures.SriovNic;
import dev.deviceha.fixtures.SyntheticHost;
import dev.deviceha.fixtures.WholeDevice;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.PassthroughDrivers;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;

/** Discovery of a synthetic host through libvirt's real test driver and a sysfs tree. */
class HostDeviceDiscoveryTest {
    static final String HELD_MDEV = "3627463d-b7f0-4fea-b468-f1da537d301b";
    static final String SPARE_MDEV = "d2441d39-495e-4243-ad9f-beb3f14c23d9";
    static final String HCT_MDEV = "8a1c2f0e-5a4b-4c3d-9e8f-0a1b2c3d4e5f";
    static final NvidiaVgpuType H200_1_18C = new NvidiaVgpuType(1414, "NVIDIA H200X-1-18C");
    static final NvidiaVgpuType H200_2_35C = new NvidiaVgpuType(1415, "NVIDIA H200X-2-35C");

    @TempDir
    static Path dir;

    /** Written once: no test here changes it. */
    private static WrittenHost host;

    /** A host with one device of every family, some in use by VMs, some by the host itself. */
    static SyntheticHost mixedHost() {
        return SyntheticHost.builder()
                .sriovNic(SriovNic.of("0000:3b:00.0", "ens1f0", 4).withHostNetdevUpOnVfs(3))
                .mdevGpu(MdevGpu.t4("0000:af:00.0", MdevTypeSpec.of("nvidia-230", "GRID T4-1Q", 14),
                        MdevTypeSpec.of("nvidia-233", "GRID T4-8Q", 0)).onNumaNode(1))
                .sriovMdevGpu(SriovMdevGpu.a100("0000:ca:00.0", 2, MdevTypeSpec.of("nvidia-471", "GRID A100-1-5C", 1)))
                .nvidiaVfGpu(NvidiaVfGpu.h200("0000:db:00.0", 2, H200_1_18C, H200_2_35C).withCurrentType(1, H200_1_18C))
                .hct(HctDevice.of("0000:05:00.2", 1023))
                .wholeDevice(WholeDevice.nvme("0000:5e:00.0"))
                .wholeDevice(WholeDevice.nvme("0000:5f:00.0").withHostBlockDevice("nvme", "nvme0n1"))
                .wholeDevice(WholeDevice.nic("0000:60:00.0", "eno1", true))
                .wholeDevice(WholeDevice.nic("0000:61:00.0", "eno2", false))
                .wholeDevice(WholeDevice.gpu("0000:62:00.0"))
                .wholeDevice(WholeDevice.gpu("0000:63:00.0").asBootVga())
                .wholeDevice(WholeDevice.fpga("0000:64:00.0"))
                .existingMdev(ExistingMdev.of(HELD_MDEV, "0000:af:00.0", "nvidia-230"))
                .existingMdev(ExistingMdev.of(SPARE_MDEV, "0000:af:00.0", "nvidia-230"))
                .existingMdev(ExistingMdev.of(HCT_MDEV, "hct", "hct-1"))
                .runningDomain(RunningDomain.named("i-2-10-VM").withVfInterface("0000:3b:02.0").withMdev(HELD_MDEV))
                .runningDomain(RunningDomain.named("i-3-11-VM").withHostdev("0000:db:00.5").withHostdev("0000:62:00.0"))
                .build();
    }

    /**
     * A KVM host that is itself a VM: virtio balloon, disk (vda), network card (eth0 below virtio2), vsock and rng,
     * all on {@code virtio-pci}, and one FPGA on {@code vfio-pci}.
     */
    static SyntheticHost.Builder nestedKvmHost() {
        return SyntheticHost.builder()
                .wholeDevice(WholeDevice.virtio("0000:00:01.0", "0x1045"))
                .wholeDevice(WholeDevice.virtio("0000:00:02.0", "0x1042").withHostBlockDevice("virtio-pci", "vda"))
                .wholeDevice(WholeDevice.virtioNet("0000:00:03.0", 2, "eth0"))
                .wholeDevice(WholeDevice.virtio("0000:00:04.0", "0x1053"))
                .wholeDevice(WholeDevice.virtio("0000:00:05.0", "0x1044"))
                .wholeDevice(WholeDevice.fpga("0000:00:06.0"));
    }

    @BeforeAll
    static void writeHost() {
        host = mixedHost().writeTo(dir);
    }

    private DiscoveryReport scan() throws DiscoveryException {
        return new HostDeviceDiscovery(host.sysfsRoot(), host.libvirtUri()).scan();
    }

    private static List<HostDevice> ofKind(DiscoveryReport report, DeviceKind kind) {
        return report.devices().stream().filter(d -> d.kind() == kind).toList();
    }

    private static HostDevice at(DiscoveryReport report, String address) {
        return report.devices().stream().filter(d -> d.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + address + " in " + report.devices()));
    }

    @Test
    void cleanHostScansWithoutWarnings() throws Exception {
        assertThat(scan().warnings()).isEmpty();
    }

    @Test
    void sriovVfsCarryPfIndexAndWhoUsesThem() throws Exception {
        DiscoveryReport report = scan();

        List<HostDevice> vfs = ofKind(report, DeviceKind.SRIOV_VF);
        assertThat(vfs).extracting(HostDevice::address)
                .containsExactly("0000:3b:02.0", "0000:3b:02.1", "0000:3b:02.2", "0000:3b:02.3");
        assertThat(vfs).extracting(HostDevice::vfIndex).containsExactly(0, 1, 2, 3);
        assertThat(vfs).allSatisfy(vf -> {
            assertThat(vf.backing()).isEqualTo(DeviceBacking.PCI_FUNCTION);
            assertThat(vf.parentAddress()).isEqualTo("0000:3b:00.0");
            assertThat(vf.netdev()).isEqualTo("ens1f0");
            assertThat(vf.vendorId()).isEqualTo("8086");
            assertThat(vf.productId()).isEqualTo("1889");
            assertThat(vf.numaNode()).isZero();
            assertThat(vf.iommuGroup()).isNotNull();
        });
        assertThat(vfs.get(0).usedBy()).isEqualTo("i-2-10-VM");
        assertThat(vfs.get(0).free()).isFalse();
        assertThat(vfs.get(1).free()).isTrue();
        assertThat(vfs.get(1).driver()).isEqualTo("vfio-pci");
        assertThat(vfs.get(3).usedBy()).isEqualTo("host: netdev ens1f0v3 in use");
        assertThat(vfs.get(3).free()).isFalse();
    }

    @Test
    void mdevTypesArePoolsWithExistingInstancesCounted() throws Exception {
        DiscoveryReport report = scan();

        HostDevice t4q1 = at(report, "0000:af:00.0/nvidia-230");
        assertThat(t4q1.kind()).isEqualTo(DeviceKind.VGPU);
        assertThat(t4q1.backing()).isEqualTo(DeviceBacking.MDEV_TYPE);
        assertThat(t4q1.parentAddress()).isEqualTo("0000:af:00.0");
        assertThat(t4q1.type()).isEqualTo(MdevTypeId.parse("nvidia-230"));
        assertThat(t4q1.profileName()).isEqualTo("GRID T4-1Q");
        assertThat(t4q1.availableInstances()).isEqualTo(14);
        assertThat(t4q1.totalInstances()).isEqualTo(16);
        assertThat(t4q1.numaNode()).isEqualTo(1);
        assertThat(t4q1.vendorId()).isEqualTo("10de");
        HostDevice t4q8 = at(report, "0000:af:00.0/nvidia-233");
        assertThat(t4q8.availableInstances()).isZero();
        assertThat(t4q8.totalInstances()).isZero();

        HostDevice held = at(report, "0000:af:00.0/nvidia-230/" + HELD_MDEV);
        assertThat(held.parentAddress()).isEqualTo("0000:af:00.0/nvidia-230");
        assertThat(held.usedBy()).isEqualTo("i-2-10-VM");
        assertThat(held.totalInstances()).isNull();
        assertThat(at(report, "0000:af:00.0/nvidia-230/" + SPARE_MDEV).free()).isTrue();
    }

    @Test
    void ampereVfsAreMdevParentsNotNicVfsNorWholeDevices() throws Exception {
        DiscoveryReport report = scan();

        assertThat(at(report, "0000:ca:00.4/nvidia-471").parentAddress()).isEqualTo("0000:ca:00.4");
        assertThat(at(report, "0000:ca:00.5/nvidia-471").availableInstances()).isEqualTo(1);
        assertThat(report.devices()).extracting(HostDevice::address)
                .noneMatch(a -> a.equals("0000:ca:00.0") || a.equals("0000:ca:00.4"));
    }

    @Test
    void nvidiaVendorVfsOfferEachCreatableTypeOrTheirCurrentOne() throws Exception {
        DiscoveryReport report = scan();

        List<HostDevice> vgpuVfs = report.devices().stream()
                .filter(d -> d.backing() == DeviceBacking.NVIDIA_VGPU_VF).toList();
        assertThat(vgpuVfs).extracting(HostDevice::address, d -> d.type().value(), HostDevice::profileName,
                        HostDevice::availableInstances, HostDevice::usedBy)
                .containsExactly(
                        tuple("0000:db:00.4", "1414", "NVIDIA H200X-1-18C", 1, null),
                        tuple("0000:db:00.4", "1415", "NVIDIA H200X-2-35C", 1, null),
                        tuple("0000:db:00.5", "1414", null, 0, "i-3-11-VM"));
        assertThat(vgpuVfs).allSatisfy(vf -> {
            assertThat(vf.kind()).isEqualTo(DeviceKind.VGPU);
            assertThat(vf.parentAddress()).isEqualTo("0000:db:00.0");
        });
        assertThat(vgpuVfs).extracting(HostDevice::vfIndex).containsExactly(0, 0, 1);
    }

    @Test
    void hctComesFromSysfsWithTheCcpsIds() throws Exception {
        DiscoveryReport report = scan();

        HostDevice hct = at(report, "hct/hct-1");
        assertThat(hct.kind()).isEqualTo(DeviceKind.HCT);
        assertThat(hct.backing()).isEqualTo(DeviceBacking.MDEV_TYPE);
        assertThat(hct.parentAddress()).isEqualTo("hct");
        assertThat(hct.profileName()).isEqualTo("hct mdev type");
        assertThat(hct.vendorId()).isEqualTo("1d94");
        assertThat(hct.productId()).isEqualTo("1468");
        assertThat(hct.availableInstances()).isEqualTo(1023);
        assertThat(hct.totalInstances()).isEqualTo(1024);
        assertThat(at(report, "hct/hct-1/" + HCT_MDEV).kind()).isEqualTo(DeviceKind.HCT);
    }

    @Test
    void wholeDevicesExcludeWhatTheHostUsesAndWhatOtherFamiliesOffer() throws Exception {
        DiscoveryReport report = scan();

        List<HostDevice> pci = ofKind(report, DeviceKind.PCI);
        assertThat(pci).extracting(HostDevice::address)
                .containsExactly("0000:5e:00.0", "0000:62:00.0", "0000:64:00.0");
        assertThat(at(report, "0000:62:00.0").usedBy()).isEqualTo("i-3-11-VM");
        assertThat(at(report, "0000:5e:00.0").free()).isTrue();
        assertThat(at(report, "0000:5e:00.0").vendorId()).isEqualTo("144d");
    }

    @Test
    void wholeDeviceOnAnAllowedHostDriverIsOfferedWhileTheHostDoesNotUseIt() throws Exception {
        DiscoveryReport report = new HostDeviceDiscovery(host.sysfsRoot(), host.libvirtUri(),
                new PassthroughDrivers(Set.of("igb", "nvme"))).scan();

        // igb: eno2 is down, eno1 up; nvme: the host sees nvme0n1 on it.
        assertThat(ofKind(report, DeviceKind.PCI)).extracting(HostDevice::address)
                .containsExactly("0000:5e:00.0", "0000:61:00.0", "0000:62:00.0", "0000:64:00.0");
        assertThat(at(report, "0000:61:00.0").driver()).isEqualTo("igb");
    }

    /** A KVM host that is itself a VM, laid out as the kernel does it for virtio devices. */
    @Test
    void nestedKvmHostsOwnVirtioDevicesAreNotOffered(@TempDir Path nested) throws Exception {
        WrittenHost virtioHost = nestedKvmHost().build().writeTo(nested);

        DiscoveryReport report = new HostDeviceDiscovery(virtioHost.sysfsRoot(), virtioHost.libvirtUri()).scan();
        DiscoveryReport allowingVirtio = new HostDeviceDiscovery(virtioHost.sysfsRoot(), virtioHost.libvirtUri(),
                new PassthroughDrivers(Set.of("virtio-pci"))).scan();

        assertThat(report.devices()).extracting(HostDevice::address).containsExactly("0000:00:06.0");
        assertThat(report.warnings()).isEmpty();
        // Even an admin who allows virtio-pci does not get the host's network card or disk.
        assertThat(allowingVirtio.devices()).extracting(HostDevice::address)
                .containsExactly("0000:00:01.0", "0000:00:04.0", "0000:00:05.0", "0000:00:06.0");
    }

    @Test
    void openConnectionOfTheCallerIsUsedAndLeftOpen() throws Exception {
        Connect connect = new Connect(host.libvirtUri(), true);
        try {
            DiscoveryReport report = new HostDeviceDiscovery(host.sysfsRoot(), connect).scan();

            assertThat(ofKind(report, DeviceKind.SRIOV_VF)).hasSize(4);
            assertThat(connect.isConnected()).isTrue();
        } finally {
            connect.close();
        }
    }

    @Test
    void unreachableLibvirtIsAnExceptionWithAOneLineReason() {
        HostDeviceDiscovery discovery = new HostDeviceDiscovery(host.sysfsRoot(), "test:///no/such/node.xml");

        assertThatThrownBy(discovery::scan).isInstanceOf(DiscoveryException.class)
                .hasMessageStartingWith("cannot connect to libvirt at test:///no/such/node.xml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void missingSysfsRootIsAnException() {
        HostDeviceDiscovery discovery = new HostDeviceDiscovery(dir.resolve("nowhere"), host.libvirtUri());

        assertThatThrownBy(discovery::scan).isInstanceOf(DiscoveryException.class).hasMessageContaining("sysfs root");
    }
}
