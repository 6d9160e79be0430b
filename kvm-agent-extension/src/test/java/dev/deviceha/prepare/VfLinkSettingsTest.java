package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.FakeSysfsHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command path, with a script standing in for iproute2's {@code ip} so that no interface of the machine
 * running the tests is touched: it records its arguments and answers as told.
 */
class VfLinkSettingsTest {
    private static final PciAddress VF = PciAddress.parse("0000:3b:02.1");

    @TempDir
    Path sysfsRoot;
    @TempDir
    Path bin;

    private FakeSysfsHost host;
    private Path calls;

    @BeforeEach
    void host() {
        host = new FakeSysfsHost(sysfsRoot).vf("0000:3b:02.0").vf("0000:3b:02.1").netdev("0000:3b:00.0", "ens1f0", "up");
        host.link("devices/pci0000:00/0000:3b:00.0/virtfn0", "../0000:3b:02.0");
        host.link("devices/pci0000:00/0000:3b:00.0/virtfn1", "../0000:3b:02.1");
        calls = bin.resolve("calls");
    }

    private VfLinkSettings ip(String body) throws Exception {
        Path script = bin.resolve("ip");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new VfLinkSettings(script, Duration.ofSeconds(2));
    }

    private void apply(VfLinkSettings settings, Boolean trust, Boolean spoofCheck) throws Exception {
        HostUse hostUse = HostUse.read(host.sysfs(), PassthroughDrivers.NO_HOST_DRIVERS, (subject, problem) -> { });
        settings.apply(host.sysfs(), hostUse, VF, trust, spoofCheck);
    }

    private List<String> calls() throws Exception {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void unrequestedSettingsGetTheSafeValuesOnThePfAtTheVfsIndex() throws Exception {
        apply(ip("exit 0"), null, null);

        assertThat(calls()).containsExactly("link set dev ens1f0 vf 1 trust off spoofchk on");
    }

    @Test
    void requestedSettingsAreApplied() throws Exception {
        apply(ip("exit 0"), true, false);

        assertThat(calls()).containsExactly("link set dev ens1f0 vf 1 trust on spoofchk off");
    }

    @Test
    void requestedSettingTheDriverRefusesFailsTheVfWithIpsAnswer() throws Exception {
        VfLinkSettings refusing = ip("echo 'RTNETLINK answers: Operation not supported' >&2; exit 2");

        assertThatThrownBy(() -> apply(refusing, true, null)).isInstanceOf(PreparationException.class)
                .hasMessageContaining("trust on spoofchk on failed: exit 2")
                .hasMessageContaining("Operation not supported");
    }

    @Test
    void safeDefaultsTheDriverRefusesLeaveTheVfUsable() throws Exception {
        apply(ip("exit 2"), null, null);

        assertThat(calls()).hasSize(1);
    }

    @Test
    void hangingIpIsStoppedAtTheTimeLimit() throws Exception {
        VfLinkSettings hanging = ip("exec sleep 30");

        assertThatThrownBy(() -> apply(hanging, false, true)).isInstanceOf(PreparationException.class)
                .hasMessageContaining("no answer within 2 s");
    }

    @Test
    void missingIpCommandFailsARequestNotTheAgent() {
        VfLinkSettings absent = new VfLinkSettings(bin.resolve("no-such-ip"), Duration.ofSeconds(2));

        assertThatThrownBy(() -> apply(absent, true, true)).isInstanceOf(PreparationException.class)
                .hasMessageContaining("cannot run");
    }

    @Test
    void pfWithoutAnInterfaceFailsARequestAndRunsNothing() throws Exception {
        host.wholeDevice("0000:5e:00.0", "0x020000", "vfio-pci").vf("0000:5e:02.0");
        host.link("devices/pci0000:00/0000:5e:00.0/virtfn0", "../0000:5e:02.0");
        VfLinkSettings settings = ip("exit 0");
        HostUse hostUse = HostUse.read(host.sysfs(), PassthroughDrivers.NO_HOST_DRIVERS, (subject, problem) -> { });

        assertThatThrownBy(() -> settings.apply(host.sysfs(), hostUse, PciAddress.parse("0000:5e:02.0"), true, null))
                .hasMessageContaining("its PF 0000:5e:00.0 has no network interface");
        assertThat(calls()).isEmpty();
    }

    @Test
    void pfInterfaceNameThatLooksLikeAnOptionIsNeverPassed() throws Exception {
        Files.delete(sysfsRoot.resolve("class/net/ens1f0"));
        Files.move(sysfsRoot.resolve("devices/pci0000:00/0000:3b:00.0/net/ens1f0"),
                sysfsRoot.resolve("devices/pci0000:00/0000:3b:00.0/net/-all"));
        host.link("class/net/-all", "../../devices/pci0000:00/0000:3b:00.0/net/-all");

        assertThatThrownBy(() -> apply(ip("exit 0"), null, false)).hasMessageContaining("has no network interface");
        assertThat(calls()).isEmpty();
    }

    @Test
    void vfNotListedByItsPfIsRefused() throws Exception {
        Files.delete(sysfsRoot.resolve("devices/pci0000:00/0000:3b:00.0/virtfn1"));

        assertThatThrownBy(() -> apply(ip("exit 0"), true, true)).hasMessageContaining("has no virtfn link to it");
        assertThat(calls()).isEmpty();
    }

    @Test
    void preparingAVfOfAnAssignmentSetsWhatItsRequestAsked() throws Exception {
        AssignedDevice vf = Assignments.vf("0000:3b:02.1", "02:00:00:aa:bb:01", 100);
        AssignedDevice trusted = new AssignedDevice(vf.tag(), vf.backing(), vf.address(), null, null, null, vf.mac(),
                vf.vlan(), true, null);
        AssignmentPreparer preparer = new AssignmentPreparer(host.sysfs(), PassthroughDrivers.NO_HOST_DRIVERS,
                ip("exit 0"), List::of, new PreparedLedger(bin.resolve("state")),
                new BusyRetry(1, Duration.ZERO, duration -> { }));

        assertThat(preparer.prepare(new DeviceAssignment(Assignments.VM, null, List.of(trusted)))).isEmpty();
        assertThat(calls()).containsExactly("link set dev ens1f0 vf 1 trust on spoofchk on");
    }

    @Test
    void relativeIpCommandIsRefused() {
        assertThatThrownBy(() -> new VfLinkSettings(Path.of("ip"))).isInstanceOf(IllegalArgumentException.class);
    }
}
