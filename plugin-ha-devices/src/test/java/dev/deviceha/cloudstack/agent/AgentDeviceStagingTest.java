package dev.deviceha.cloudstack.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.exception.AgentUnavailableException;
import dev.deviceha.command.DeviceFailure;
import dev.deviceha.command.ReleaseDevicesCommand;
import dev.deviceha.command.StageDeviceAssignmentAnswer;
import dev.deviceha.command.StageDeviceAssignmentCommand;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.DeviceAssignment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AgentDeviceStagingTest {
    private static final DeviceAssignment ASSIGNMENT = new DeviceAssignment("i-2-42-VM", "uuid", List.of());
    private final AgentManager agents = mock(AgentManager.class);
    private final AgentDeviceStaging staging = new AgentDeviceStaging(() -> 90);

    @BeforeEach
    void wire() {
        staging.setAgentManager(agents);
    }

    @Test
    void stage_confirmedByTheAgent_passesWithTheConfiguredTimeout() throws Exception {
        ArgumentCaptor<Command> sent = ArgumentCaptor.forClass(Command.class);
        when(agents.send(eq(5L), sent.capture())).thenAnswer(call ->
                new StageDeviceAssignmentAnswer(call.getArgument(1), List.of()));

        assertThatCode(() -> staging.stage(5, ASSIGNMENT)).doesNotThrowAnyException();
        assertThat(sent.getValue().getWait()).isEqualTo(90);
    }

    @Test
    void stage_devicesNotPrepared_failsWithEachDevicesReason() throws Exception {
        when(agents.send(eq(5L), any(Command.class))).thenAnswer(call -> new StageDeviceAssignmentAnswer(
                call.getArgument(1), List.of(new DeviceFailure(TagRef.parse("VGPU/t4-1q"), "0000:af:00.0/nvidia-222",
                        "no available instance"))));

        assertThatThrownBy(() -> staging.stage(5, ASSIGNMENT))
                .hasMessage("device preparation failed: VGPU/t4-1q 0000:af:00.0/nvidia-222: no available"
                        + " instance");
    }

    @Test
    void stage_agentWithoutTheExtension_failsInsteadOfStartingWithoutDevices() throws Exception {
        when(agents.send(eq(5L), any(Command.class))).thenAnswer(call ->
                new Answer(call.getArgument(1), false, "Unsupported command issued: StageDeviceAssignmentCommand"));

        assertThatThrownBy(() -> staging.stage(5, ASSIGNMENT))
                .hasMessageContaining("does not support device staging")
                .hasMessageContaining("Unsupported command");
    }

    @Test
    void stage_agentUnavailable_fails() throws Exception {
        when(agents.send(eq(5L), any(StageDeviceAssignmentCommand.class)))
                .thenThrow(new AgentUnavailableException("disconnected", 5));

        assertThatThrownBy(() -> staging.stage(5, ASSIGNMENT)).hasMessageContaining("did not answer");
    }

    @Test
    void unstage_waitsNoLongerThanTheStagingTimeout() {
        ArgumentCaptor<Command> sent = ArgumentCaptor.forClass(Command.class);
        when(agents.easySend(eq(5L), sent.capture())).thenAnswer(call -> new Answer(call.getArgument(1)));

        assertThat(staging.unstage(5, "i-2-42-VM")).isTrue();

        assertThat(sent.getValue()).isInstanceOf(ReleaseDevicesCommand.class);
        assertThat(sent.getValue().getWait()).isEqualTo(90);
    }

    @Test
    void unstage_deadHost_neverThrowsAndConfirmsNothing() {
        when(agents.easySend(eq(5L), any(Command.class))).thenReturn(null);

        assertThat(staging.unstage(5, "i-2-42-VM")).isFalse();
    }

    @Test
    void unstage_agentWithoutTheExtension_confirmsNothing() {
        when(agents.easySend(eq(5L), any(Command.class))).thenAnswer(call ->
                new Answer(call.getArgument(1), false, "Unsupported command issued"));

        assertThat(staging.unstage(5, "i-2-42-VM")).isFalse();
    }
}
