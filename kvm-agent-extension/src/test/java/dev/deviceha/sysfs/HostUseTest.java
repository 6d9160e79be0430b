package dev.deviceha.sysfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.PciAddress;
import dev.deviceha.testsupport.FakeSysfsHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's use of a PCI function, found wherever below the function its netdevs and disks hang. */
class HostUseTest {
    private static final String NIC = "0000:00:03.0";
    private static final int NETWORK = 0x020000;

    @TempDir
    Path root;

    private FakeSysfsHost host;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void tree() {
        host = new FakeSysfsHost(root);
    }

    private HostUse read(PassthroughDrivers drivers) {
        return HostUse.read(host.sysfs(), drivers, (subject, problem) -> warnings.add(subject + ": " + problem));
    }

    private Object functionUse(String address, String driver) throws Exception {
        return read(PassthroughDrivers.NO_HOST_DRIVERS).ofFunction(PciAddress.parse(address), driver).orElse(null);
    }

    private Object wholeDeviceUse(PassthroughDrivers drivers, String address, String driver, int classCode)
            throws Exception {
        return read(drivers).ofWholeDevice(PciAddress.parse(address), driver, classCode).orElse(null);
    }

    @Test
    void virtioNetInterfaceBelowTheVirtioDeviceIsTheHosts() throws Exception {
        host.wholeDevice(NIC, "0x020000", "virtio-pci").netdevBelow(NIC, "virtio2", "eth0", "up");

        assertThat(functionUse(NIC, "virtio-pci")).isEqualTo("netdev eth0 in use");
        assertThat(read(PassthroughDrivers.NO_HOST_DRIVERS).netdevs(PciAddress.parse(NIC))).containsExactly("eth0");
    }

    @Test
    void interfaceIsActiveWhenUpEvenWithoutCarrier() throws Exception {
        host.wholeDevice(NIC, "0x020000", "igb").netdev(NIC, "eno1", "down");
        host.file("devices/pci0000:00/" + NIC + "/net/eno1/flags", "0x1003\n");

        assertThat(functionUse(NIC, "igb")).isEqualTo("netdev eno1 in use");
    }

    @Test
    void downBridgeOrBondPortIsStillActive() throws Exception {
        host.wholeDevice(NIC, "0x020000", "igb").netdev(NIC, "eno2", "down");
        host.file("devices/virtual/net/cloudbr0/flags", "0x1003\n");
        host.link("devices/pci0000:00/" + NIC + "/net/eno2/master", "../../../../virtual/net/cloudbr0");

        assertThat(functionUse(NIC, "igb")).isEqualTo("netdev eno2 in use");
    }

    @Test
    void withoutFlagsOnlyALinkReportedDownCountsAsUnused() throws Exception {
        host.wholeDevice("0000:00:04.0", "0x020000", "igb").netdev("0000:00:04.0", "a", "down");
        host.wholeDevice("0000:00:05.0", "0x020000", "igb").netdev("0000:00:05.0", "b", "unknown");
        host.wholeDevice("0000:00:06.0", "0x020000", "igb").netdevBelow("0000:00:06.0", "", "c", "down");
        Files.delete(root.resolve("devices/pci0000:00/0000:00:06.0/net/c/operstate"));

        assertThat(functionUse("0000:00:04.0", "igb")).isNull();
        assertThat(functionUse("0000:00:05.0", "igb")).isEqualTo("netdev b in use");
        assertThat(functionUse("0000:00:06.0", "igb")).isNull();
    }

    @Test
    void diskDeepBelowAControllerIsTheHosts() throws Exception {
        String sas = "0000:00:07.0";
        host.wholeDevice(sas, "0x010700", "mpt3sas");
        String disk = "devices/pci0000:00/" + sas + "/host0/target0:0:0/0:0:0:0/block/sda";
        host.file(disk + "/size", "1\n");
        host.link("class/block/sda", "../../" + disk);

        assertThat(functionUse(sas, "mpt3sas")).isEqualTo("block device sda");
        assertThat(wholeDeviceUse(new PassthroughDrivers(Set.of("mpt3sas")), sas, "mpt3sas", 0x010700))
                .isEqualTo("block device sda");
    }

    @Test
    void wholeDeviceOnAHostDriverIsOfferedOnlyWhenTheAdminAllowsTheDriver() throws Exception {
        host.wholeDevice("0000:00:01.0", "0xffff00", "virtio-pci");

        assertThat(wholeDeviceUse(PassthroughDrivers.NO_HOST_DRIVERS, "0000:00:01.0", "virtio-pci", 0xffff00))
                .asString().startsWith("bound to host driver virtio-pci");
        assertThat(wholeDeviceUse(new PassthroughDrivers(Set.of("virtio-pci")), "0000:00:01.0", "virtio-pci",
                0xffff00)).isNull();
        for (String vmDriver : new String[] {"vfio-pci", "pci-stub", null}) {
            assertThat(wholeDeviceUse(PassthroughDrivers.NO_HOST_DRIVERS, "0000:00:01.0", vmDriver, 0xffff00))
                    .isNull();
        }
    }

    @Test
    void allowedDriverStillRefusesAnInterfaceInUse() throws Exception {
        host.wholeDevice(NIC, "0x020000", "virtio-pci").netdevBelow(NIC, "virtio2", "eth0", "up");

        assertThat(wholeDeviceUse(new PassthroughDrivers(Set.of("virtio-pci")), NIC, "virtio-pci", NETWORK))
                .isEqualTo("netdev eth0 in use");
    }

    @Test
    void bridgesAndPlatformDevicesAreNoPassthroughClass() throws Exception {
        host.wholeDevice("0000:00:00.0", "0x060000", null);

        assertThat(wholeDeviceUse(PassthroughDrivers.NO_HOST_DRIVERS, "0000:00:00.0", null, 0x060000))
                .isEqualTo("class 0x060000 is no device class for passthrough");
    }

    @Test
    void unreadableInterfaceListMakesEveryHostDriverSuspectButNotVfio() throws Exception {
        host.wholeDevice(NIC, "0x020000", "igb").wholeDevice("0000:00:08.0", "0x020000", "vfio-pci");
        host.link("class/net/loop", "loop");

        assertThat(functionUse(NIC, "igb")).isEqualTo(
                "bound to igb while the host's netdevs or block devices are unreadable");
        assertThat(functionUse("0000:00:08.0", "vfio-pci")).isNull();
        assertThat(warnings).isNotEmpty().allMatch(w -> w.startsWith("netdev \"loop\": unreadable"));
    }

    @Test
    void interfaceLinkedOutsideTheRootIsWarnedAboutNotFollowed() throws Exception {
        host.wholeDevice(NIC, "0x020000", "igb");
        host.link("class/net/evil", "/etc");

        assertThat(functionUse(NIC, "igb")).asString().startsWith("bound to igb while");
        assertThat(warnings).singleElement().asString().contains("resolves outside the sysfs root");
    }

    @Test
    void bootVgaIsTheHostConsole() throws Exception {
        host.wholeDevice("0000:00:02.0", "0x030000", "vfio-pci");
        host.file("devices/pci0000:00/0000:00:02.0/boot_vga", "1\n");

        assertThat(wholeDeviceUse(PassthroughDrivers.NO_HOST_DRIVERS, "0000:00:02.0", "vfio-pci", 0x030000))
                .isEqualTo("boot VGA console");
    }
}
