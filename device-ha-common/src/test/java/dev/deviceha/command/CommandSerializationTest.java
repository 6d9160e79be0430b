package dev.deviceha.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
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
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command and answer survives CloudStack's own transport between management server and agent
 * ({@link CloudStackWire}: real CloudStack's Request/Response and its Gson when present).
 */
class CommandSerializationTest {
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
    void stageCommand_survivesCloudStacksTransport_withEveryDeviceField() throws Exception {
        StageDeviceAssignmentCommand received = CloudStackWire.send(new StageDeviceAssignmentCommand(assignment()));

        assertThat(received.getAssignment()).isEqualTo(assignment());
        assertThat(received.executeInSequence()).isTrue();
    }

    @Test
    void stageAnswer_withFailures_survivesCloudStacksTransport_andNamesEachDevice() throws Exception {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(assignment());
        DeviceFailure failure = new DeviceFailure(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"), "0000:3b:02.1",
                "used by domain i-9-9-VM");

        StageDeviceAssignmentAnswer answer =
                CloudStackWire.answer(command, new StageDeviceAssignmentAnswer(command, List.of(failure)));

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
    void reportAnswer_carriesTheDiscoveryReport_throughCloudStacksTransport() throws Exception {
        DiscoveryReport report = new DiscoveryReport(List.of(HostDevice
                .builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:3b:02.1").vfIndex(1).build()),
                List.of("cannot read 0000:3b:02.7/numa_node"));
        ReportDevicesCommand command = new ReportDevicesCommand();

        ReportDevicesAnswer answer = CloudStackWire.answer(command, new ReportDevicesAnswer(command, report));

        assertThat(answer.getResult()).isTrue();
        assertThat(answer.getReport()).isEqualTo(report);
        assertThat(answer.getDetails()).contains("numa_node");
        assertThat(command.executeInSequence()).isFalse();
    }

    @Test
    void releaseCommand_carriesTheInstanceName_andRunsInSequence() throws Exception {
        ReleaseDevicesCommand received = CloudStackWire.send(new ReleaseDevicesCommand("i-2-10-VM"));

        assertThat(received.getVmInstanceName()).isEqualTo("i-2-10-VM");
        assertThat(received.executeInSequence()).isTrue();
    }

    @Test
    void reportCommand_andAFailedScan_surviveCloudStacksTransport() throws Exception {
        ReportDevicesCommand command = CloudStackWire.send(new ReportDevicesCommand());

        ReportDevicesAnswer answer =
                CloudStackWire.answer(command, new ReportDevicesAnswer(command, "cannot read /sys/bus/pci"));

        assertThat(answer.getResult()).isFalse();
        assertThat(answer.getReport()).isNull();
        assertThat(answer.getDetails()).isEqualTo("cannot read /sys/bus/pci");
    }

    @Test
    void stageCommand_carryingAnInvalidAddress_isRefusedByTheModel() throws Exception {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(assignment());
        replacePayload(command, "assignment", "{\"vmInstanceName\":\"i-2-10-VM\",\"devices\":[{\"tag\":"
                + "{\"kind\":\"SRIOV_VF\",\"name\":{\"value\":\"trading-net\"}},\"backing\":\"PCI_FUNCTION\","
                + "\"address\":{\"domain\":0,\"bus\":59,\"slot\":2,\"function\":9}}]}");

        assertThatThrownBy(CloudStackWire.send(command)::getAssignment)
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("invalid device assignment");
    }

    @Test
    void reportAnswer_fromAHostileAgent_isRefused_notHalfRead() throws Exception {
        ReportDevicesCommand command = new ReportDevicesCommand();
        ReportDevicesAnswer answer = new ReportDevicesAnswer(command, new DiscoveryReport(List.of(), List.of()));
        replacePayload(answer, "report", "{\"devices\":[{\"kind\":\"SRIOV_VF\",\"address\":\"0000:3b:02.1\"}]}");

        assertThatThrownBy(CloudStackWire.answer(command, answer)::getReport)
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("backing");
    }

    @Test
    void stageAnswer_withANullFailure_isRefused() throws Exception {
        StageDeviceAssignmentCommand command = new StageDeviceAssignmentCommand(assignment());
        StageDeviceAssignmentAnswer answer = new StageDeviceAssignmentAnswer(command, List.of());
        replacePayload(answer, "failures", "[null]");

        assertThatThrownBy(CloudStackWire.answer(command, answer)::getFailures)
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("an entry is null");
    }

    /** What a hostile or broken peer could put on the wire in place of the payload the constructor wrote. */
    private static void replacePayload(Object message, String field, String json) throws ReflectiveOperationException {
        Field payload = message.getClass().getDeclaredField(field);
        payload.setAccessible(true);
        payload.set(message, json);
    }
}
