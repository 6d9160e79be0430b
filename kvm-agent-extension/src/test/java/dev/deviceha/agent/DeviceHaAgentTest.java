package dev.deviceha.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.domainxml.DomainDeviceKeys;
import dev.deviceha.domainxml.DomainXml;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.prepare.RunningDomain;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.testsupport.AcceptanceHost;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.FakeSysfsHost;
import dev.deviceha.testsupport.MutableClock;
import dev.deviceha.testsupport.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage, transform, start and release as the wrappers and hook scripts drive them. */
class DeviceHaAgentTest {
    private static final String REFUSED = "device-ha refused to start i-2-10-VM";

    @TempDir
    Path sysfsRoot;
    @TempDir
    Path stateDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final List<RunningDomain> running = new ArrayList<>();
    private FakeSysfsHost host;
    private DeviceHaAgent agent;

    @BeforeEach
    void setUp() throws Exception {
        host = AcceptanceHost.in(sysfsRoot);
        AgentSettings settings = new AgentSettings(stateDir, sysfsRoot, "test:///default", Duration.ofMinutes(10),
                PassthroughDrivers.NO_HOST_DRIVERS, Path.of("/bin/true"));
        agent = new DeviceHaAgent(settings, () -> List.copyOf(running), () -> {
            throw new IllegalStateException("not scanned here");
        }, clock);
    }

    private static String typeOf(String domainXml) {
        return DomainXml.parse(domainXml).getDocumentElement().getAttribute("type");
    }

    @Test
    void transform_withoutStage_returnsTheDomainUnchanged() {
        String original = Resources.cloudstackDomain();

        assertThat(agent.transform(original)).isSameAs(original);
    }

    @Test
    void transform_afterStage_addsEveryAssignedDevice() throws Exception {
        assertThat(agent.stage(Assignments.twoVfsVgpuAndHct())).isEmpty();

        String xml = agent.transform(Resources.cloudstackDomain());

        assertThat(typeOf(xml)).isEqualTo("kvm");
        assertThat(DomainDeviceKeys.of(xml)).hasSize(4);
    }

    @Test
    void transform_whenAStagedDeviceWasTakenSinceStaging_refusesNamingIt() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());
        running.add(new RunningDomain("i-9-9-VM", Set.of(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")))));

        String xml = agent.transform(Resources.cloudstackDomain());

        assertThat(typeOf(xml)).startsWith(REFUSED).contains("0000:3b:02.1", "i-9-9-VM");
    }

    @Test
    void transform_afterTheStageExpired_refuses() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());
        clock.advance(Duration.ofMinutes(11));

        assertThat(typeOf(agent.transform(Resources.cloudstackDomain()))).startsWith(REFUSED).contains("expired");
    }

    @Test
    void transform_secondStartWithoutNewStage_refuses_andANewStageAllowsIt() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());
        agent.transform(Resources.cloudstackDomain());
        agent.onStart(Assignments.VM);

        assertThat(typeOf(agent.transform(Resources.cloudstackDomain()))).startsWith(REFUSED)
                .contains("earlier start");

        agent.stage(Assignments.twoVfsVgpuAndHct());
        assertThat(typeOf(agent.transform(Resources.cloudstackDomain()))).isEqualTo("kvm");
    }

    @Test
    void transform_stageForAnotherVmUuid_refuses() throws Exception {
        agent.stage(new DeviceAssignment(Assignments.VM, "00000000-0000-4000-8000-000000000000",
                Assignments.twoVfsVgpuAndHct().devices()));

        assertThat(typeOf(agent.transform(Resources.cloudstackDomain()))).startsWith(REFUSED)
                .contains("00000000-0000-4000-8000-000000000000", Assignments.VM_UUID);
    }

    @Test
    void transform_unreadableStage_refuses() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());
        Files.writeString(stateDir.resolve("stages/i-2-10-VM.json"), "{not json");

        assertThat(typeOf(agent.transform(Resources.cloudstackDomain()))).startsWith(REFUSED).contains("cannot be read");
    }

    @Test
    void stage_thatFails_leavesNoStageBehind_evenAnEarlierOne() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());
        running.add(new RunningDomain("i-9-9-VM", Set.of(DeviceKey.pci(PciAddress.parse("0000:3b:02.0")))));

        assertThat(agent.stage(Assignments.twoVfsVgpuAndHct())).hasSize(1);
        assertThat(Files.exists(stateDir.resolve("stages/i-2-10-VM.json"))).isFalse();
    }

    @Test
    void release_removesTheStage_soTheNextStartHasNoDevices() throws Exception {
        agent.stage(Assignments.twoVfsVgpuAndHct());

        assertThat(agent.release(Assignments.VM).succeeded()).isTrue();
        assertThat(agent.transform(Resources.cloudstackDomain())).isEqualTo(Resources.cloudstackDomain());
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isTrue();
    }
}
