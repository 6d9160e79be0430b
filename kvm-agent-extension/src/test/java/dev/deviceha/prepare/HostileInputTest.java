package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import dev.deviceha.sysfs.SysfsPathException;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.FakeSysfsHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values from the management server and contents of sysfs never lead a read or write outside the sysfs root. */
class HostileInputTest {
    @TempDir
    Path sysfsRoot;
    @TempDir
    Path outside;
    @TempDir
    Path stateDir;

    private FakeSysfsHost host;
    private AssignmentPreparer preparer;

    @BeforeEach
    void setUp() {
        host = new FakeSysfsHost(sysfsRoot).hctParent(4);
        preparer = new AssignmentPreparer(host.sysfs(), PassthroughDrivers.NO_HOST_DRIVERS,
                new VfLinkSettings(Path.of("/bin/true")), List::of, new PreparedLedger(stateDir),
                new BusyRetry(1, Duration.ZERO, duration -> { }));
    }

    private List<PreparationFailure> prepareMdev(String parent) throws Exception {
        AssignedDevice device = new AssignedDevice(TagRef.of(DeviceKind.VGPU, "grid-t4-1q"), DeviceBacking.MDEV_TYPE,
                null, parent, new MdevTypeId("hct-1"), new MdevUuid(Assignments.VGPU_UUID), null, null, null, null);
        return preparer.prepare(new DeviceAssignment(Assignments.VM, null, List.of(device)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../etc", "/etc", "hct/../../x", "hct\u0000", "..", "HCT", ""})
    void hostileMdevParent_isRejectedBeforeAnyPathIsBuilt(String parent) throws Exception {
        assertThat(prepareMdev(parent)).singleElement().extracting(PreparationFailure::reason).asString()
                .contains("invalid mdev parent");
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a10", "7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a1\u0000",
            "/etc/passwd", "7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a10/.."})
    void hostileMdevUuid_cannotEvenBeAssigned(String uuid) {
        assertThatThrownBy(() -> MdevUuid.parse(uuid)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../i-2-10-VM", "/etc/passwd", "i-2-10-VM\u0000", "..", ".hidden", "a/b"})
    void hostileVmName_cannotNameAStateFile(String name) {
        assertThatThrownBy(() -> new VmInstanceName(name)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void pciDeviceLinkedOutsideTheRoot_isRefused() throws Exception {
        Files.createDirectories(outside.resolve("0000:3b:02.0"));
        host.link("bus/pci/devices/0000:3b:02.0", outside.resolve("0000:3b:02.0").toString());

        assertThat(preparer.prepare(new DeviceAssignment(Assignments.VM, null,
                List.of(Assignments.wholePci("0000:3b:02.0"))))).singleElement()
                .extracting(PreparationFailure::reason).asString().contains("outside the sysfs root");
    }

    @Test
    void mdevTypeLinkedOutsideTheRoot_isNeverWritten() throws Exception {
        Files.writeString(outside.resolve("create"), "");
        Files.writeString(outside.resolve("available_instances"), "1\n");
        host.link("class/mdev_bus/evil", outside.getParent().toString());
        host.link("class/mdev_bus/gpu/mdev_supported_types/nvidia-230", outside.toString());

        prepareMdev("gpu");

        assertThat(Files.readString(outside.resolve("create"))).isEmpty();
    }

    @Test
    void symlinkLoop_failsCleanly() throws Exception {
        host.link("bus/pci/devices/0000:3b:02.0", "0000:3b:02.1");
        host.link("bus/pci/devices/0000:3b:02.1", "0000:3b:02.0");

        assertThat(preparer.prepare(new DeviceAssignment(Assignments.VM, null,
                List.of(Assignments.wholePci("0000:3b:02.0"))))).singleElement()
                .extracting(PreparationFailure::reason).asString().contains("cannot resolve");
    }

    @Test
    void oversizedAttribute_isNotReadWhole() throws Exception {
        host.vf("0000:3b:02.0").netdev("0000:3b:02.0", "eth9", "x".repeat(100_000));

        assertThat(preparer.prepare(new DeviceAssignment(Assignments.VM, null,
                List.of(Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", null))))).singleElement()
                .extracting(PreparationFailure::reason).asString().contains("more than a sysfs attribute");
    }

    @Test
    void sysfsRefusesPathsBuiltOutsideItsRoot() throws Exception {
        Sysfs sysfs = host.sysfs();

        assertThatThrownBy(() -> sysfs.read(sysfsRoot.resolve("../outside")))
                .isInstanceOf(SysfsPathException.class);
        assertThat(sysfs.pciDevice(PciAddress.parse("0000:3b:02.0"))).startsWithRaw(sysfsRoot);
    }
}
