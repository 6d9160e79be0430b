package com.cloud.hypervisor.kvm.resource.wrapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloud.agent.api.Answer;
import com.cloud.resource.ResourceWrapper;
import dev.deviceha.agent.AgentSettings;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.command.DeviceFailure;
import dev.deviceha.command.ReleaseDevicesCommand;
import dev.deviceha.command.ReportDevicesAnswer;
import dev.deviceha.command.ReportDevicesCommand;
import dev.deviceha.command.StageDeviceAssignmentAnswer;
import dev.deviceha.command.StageDeviceAssignmentCommand;
import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.prepare.RunningDomain;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.testsupport.AcceptanceHost;
import dev.deviceha.testsupport.Assignments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceHaCommandWrappersTest {
    @TempDir
    Path sysfsRoot;
    @TempDir
    Path stateDir;

    private final List<RunningDomain> running = new ArrayList<>();
    private final DiscoveryReport report = new DiscoveryReport(List.of(), List.of("no SR-IOV NIC"));
    private DeviceHaAgent agent;

    @BeforeEach
    void setUp() throws Exception {
        AcceptanceHost.in(sysfsRoot);
        agent = new DeviceHaAgent(new AgentSettings(stateDir, sysfsRoot, "test:///default", Duration.ofMinutes(10),
                PassthroughDrivers.NO_HOST_DRIVERS, Path.of("/bin/true")),
                () -> List.copyOf(running), () -> report, Clock.systemUTC());
    }

    @Test
    void wrappers_handleOnlyOurCommands_andHaveNoArgConstructors() throws Exception {
        assertThat(LibvirtStageDeviceAssignmentCommandWrapper.class.getAnnotation(ResourceWrapper.class).handles())
                .isEqualTo(StageDeviceAssignmentCommand.class);
        assertThat(LibvirtReleaseDevicesCommandWrapper.class.getAnnotation(ResourceWrapper.class).handles())
                .isEqualTo(ReleaseDevicesCommand.class);
        assertThat(LibvirtReportDevicesCommandWrapper.class.getAnnotation(ResourceWrapper.class).handles())
                .isEqualTo(ReportDevicesCommand.class);
        assertThat(LibvirtStageDeviceAssignmentCommandWrapper.class.getConstructor().newInstance()).isNotNull();
        assertThat(LibvirtReleaseDevicesCommandWrapper.class.getConstructor().newInstance()).isNotNull();
        assertThat(LibvirtReportDevicesCommandWrapper.class.getConstructor().newInstance()).isNotNull();
    }

    @Test
    void stage_preparedDevices_answersSuccessAndStages() {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(Assignments.twoVfsVgpuAndHct());

        Answer answer = new LibvirtStageDeviceAssignmentCommandWrapper(() -> agent).execute(command, null);

        assertThat(answer.getResult()).isTrue();
        assertThat(Files.exists(stateDir.resolve("stages/i-2-10-VM.json"))).isTrue();
    }

    @Test
    void stage_deviceHeldElsewhere_answersThePreciseFailureOfThatDevice() {
        running.add(new RunningDomain("i-9-9-VM", Set.of(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")))));

        StageDeviceAssignmentAnswer answer = (StageDeviceAssignmentAnswer) new LibvirtStageDeviceAssignmentCommandWrapper(
                () -> agent).execute(new StageDeviceAssignmentCommand(Assignments.twoVfsVgpuAndHct()), null);

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.device()).isEqualTo("0000:3b:02.1");
            assertThat(failure.reason()).contains("i-9-9-VM");
        });
    }

    @Test
    void stage_agentUnavailable_failsEveryDeviceWithTheReason() {
        StageDeviceAssignmentAnswer answer = (StageDeviceAssignmentAnswer) new LibvirtStageDeviceAssignmentCommandWrapper(
                () -> {
                    throw new IOException("state directory is read-only");
                }).execute(new StageDeviceAssignmentCommand(Assignments.twoVfsVgpuAndHct()), null);

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getFailures()).hasSize(4).extracting(DeviceFailure::reason)
                .containsOnly("state directory is read-only");
    }

    @Test
    void stage_withoutAssignment_fails() {
        Answer answer = new LibvirtStageDeviceAssignmentCommandWrapper(() -> agent)
                .execute(new StageDeviceAssignmentCommand(null), null);

        assertThat(answer.getResult()).isFalse();
    }

    @Test
    void release_twice_succeedsBothTimes_andRemovesTheStage() {
        new LibvirtStageDeviceAssignmentCommandWrapper(() -> agent)
                .execute(new StageDeviceAssignmentCommand(Assignments.twoVfsVgpuAndHct()), null);
        LibvirtReleaseDevicesCommandWrapper wrapper = new LibvirtReleaseDevicesCommandWrapper(() -> agent);

        assertThat(wrapper.execute(new ReleaseDevicesCommand(Assignments.VM), null).getResult()).isTrue();
        assertThat(wrapper.execute(new ReleaseDevicesCommand(Assignments.VM), null).getResult()).isTrue();
        assertThat(Files.exists(stateDir.resolve("stages/i-2-10-VM.json"))).isFalse();
    }

    @Test
    void release_ofARunningVm_fails() {
        running.add(new RunningDomain(Assignments.VM, Set.of()));

        Answer answer = new LibvirtReleaseDevicesCommandWrapper(() -> agent)
                .execute(new ReleaseDevicesCommand(Assignments.VM), null);

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getDetails()).contains("running");
    }

    @Test
    void release_hostileName_failsWithoutTouchingFiles() {
        Answer answer = new LibvirtReleaseDevicesCommandWrapper(() -> agent)
                .execute(new ReleaseDevicesCommand("../../etc/passwd"), null);

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getDetails()).contains("invalid VM instance name");
    }

    @Test
    void report_answersTheScan_orTheReasonItFailed() {
        ReportDevicesAnswer answer = (ReportDevicesAnswer) new LibvirtReportDevicesCommandWrapper(() -> agent)
                .execute(new ReportDevicesCommand(), null);
        assertThat(answer.getResult()).isTrue();
        assertThat(answer.getReport()).isEqualTo(report);

        ReportDevicesAnswer failed = (ReportDevicesAnswer) new LibvirtReportDevicesCommandWrapper(() -> {
            throw new IOException("libvirtd is down");
        }).execute(new ReportDevicesCommand(), null);
        assertThat(failed.getResult()).isFalse();
        assertThat(failed.getDetails()).contains("libvirtd is down");
    }
}
