package dev.deviceha.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CloudStack ships commands and answers between management server and agent as Gson JSON. */
class CommandSerializationTest {
    private final Gson gson = new Gson();

    private static DeviceAssignment assignment() {
        return new DeviceAssignment("i-2-10-VM", "5d6a3c1e-0f7b-4a8e-9c41-2b1f7e9d0a11", List.of(
                new AssignedDevice(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"), DeviceBacking.PCI_FUNCTION,
                        PciAddress.parse("0000:3b:02.1"), null, null, null, MacAddress.parse("02:00:00:aa:bb:01"),
                        new VlanId(100), false, true),
                new AssignedDevice(TagRef.of(DeviceKind.VGPU, "grid-t4-1q"), DeviceBacking.MDEV_TYPE, null,
                        "0000:af:00.0", new MdevTypeId("nvidia-230"),
                        new MdevUuid("7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a10"), null, null, null, null)));
    }

    @Test
    void stageCommand_survivesGsonRoundTrip_withEveryDeviceField() {
        StageDeviceAssignmentCommand sent = new StageDeviceAssignmentCommand(assignment());

        StageDeviceAssignmentCommand received =
                gson.fromJson(gson.toJson(sent), StageDeviceAssignmentCommand.class);

        assertThat(received.getAssignment()).isEqualTo(assignment());
        assertThat(received.executeInSequence()).isTrue();
    }

    @Test
    void stageAnswer_withFailures_isUnsuccessfulAndNamesEachDevice() {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(assignment());
        DeviceFailure failure = new DeviceFailure(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"), "0000:3b:02.1",
                "used by domain i-9-9-VM");

        StageDeviceAssignmentAnswer answer = gson.fromJson(
                gson.toJson(new StageDeviceAssignmentAnswer(command, List.of(failure))),
                StageDeviceAssignmentAnswer.class);

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getFailures()).containsExactly(failure);
        assertThat(answer.getDetails()).contains("i-2-10-VM", "SRIOV_VF/trading-net 0000:3b:02.1",
                "used by domain i-9-9-VM");
    }

    @Test
    void stageAnswer_withoutFailures_isSuccessful() {
        StageDeviceAssignmentAnswer answer =
                new StageDeviceAssignmentAnswer(new StageDeviceAssignmentCommand(assignment()), List.of());

        assertThat(answer.getResult()).isTrue();
        assertThat(answer.getFailures()).isEmpty();
    }

    @Test
    void reportAnswer_carriesTheDiscoveryReport() {
        DiscoveryReport report = new DiscoveryReport(List.of(HostDevice
                .builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:3b:02.1").vfIndex(1).build()),
                List.of("cannot read 0000:3b:02.7/numa_node"));
        ReportDevicesCommand command = new ReportDevicesCommand();

        ReportDevicesAnswer answer =
                gson.fromJson(gson.toJson(new ReportDevicesAnswer(command, report)), ReportDevicesAnswer.class);

        assertThat(answer.getResult()).isTrue();
        assertThat(answer.getReport()).isEqualTo(report);
        assertThat(answer.getDetails()).contains("numa_node");
        assertThat(command.executeInSequence()).isFalse();
    }

    @Test
    void releaseCommand_carriesTheInstanceName_andRunsInSequence() {
        ReleaseDevicesCommand received =
                gson.fromJson(gson.toJson(new ReleaseDevicesCommand("i-2-10-VM")), ReleaseDevicesCommand.class);

        assertThat(received.getVmInstanceName()).isEqualTo("i-2-10-VM");
        assertThat(received.executeInSequence()).isTrue();
    }
}
