package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.api.DeviceFilter;
import dev.deviceha.api.DeviceHaApiException.Failure;
import dev.deviceha.api.TagAssignment;
import dev.deviceha.cloudstack.api.response.DeviceDiscoveryResponse;
import dev.deviceha.model.DeviceKind;
import java.util.List;
import java.util.Map;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.junit.jupiter.api.Test;

class DeviceInventoryCommandsTest {
    private static final String OTHER_DEVICE = "c0ffee00-1234-4abc-8def-0123456789ac";

    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void listDevices_mapsEveryFilter() {
        ListDevicesCmd command = Commands.prepare(new ListDevicesCmd(), plugin, Map.of("zoneid", 1L,
                "clusterid", 2L, "hostid", 3L, "kind", "SRIOV_VF", "tag", "SRIOV_VF/trading-net", "free", true,
                "virtualmachineid", 4L));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new DeviceFilter(null, 1L, 2L, 3L,
                DeviceKind.SRIOV_VF, ApiFixtures.TRADING_NET, true, 4L));
    }

    @Test
    void listDevices_withoutFilters_listsEverything() {
        ListDevicesCmd command = Commands.prepare(new ListDevicesCmd(), plugin, Map.of());

        command.execute();

        assertThat(plugin.onlyCall().argument(0))
                .isEqualTo(new DeviceFilter(null, null, null, null, null, null, null, null));
        assertThat(((ListResponse<?>) command.getResponseObject()).getResponses()).hasSize(2);
    }

    @Test
    void rediscoverDevices_isAnAsyncHostEventAndRespondsWithWhatChanged() {
        RediscoverDevicesCmd command = Commands.prepare(new RediscoverDevicesCmd(), plugin, Map.of("hostid", 3L));

        command.execute();

        assertThat(plugin.onlyCall().arguments()).containsExactly(3L);
        assertThat(command.getEventType()).isEqualTo("DEVICEHA.DEVICES.REDISCOVER");
        assertThat(command.getApiResourceType()).isEqualTo(ApiCommandResourceType.Host);
        assertThat(command.getApiResourceId()).isEqualTo(3L);
        assertThat(command.getEventDescription()).doesNotContain("3");
        DeviceDiscoveryResponse response = (DeviceDiscoveryResponse) command.getResponseObject();
        assertThat(response.getResponseName()).isEqualTo("rediscoverdevicesresponse");
    }

    @Test
    void rediscoverDevices_agentDown_isAResourceUnavailableError() {
        plugin.refuseWith(Failure.UNAVAILABLE, "host kvm-07 is Disconnected: its agent cannot scan devices");
        RediscoverDevicesCmd command = Commands.prepare(new RediscoverDevicesCmd(), plugin, Map.of("hostid", 3L));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR);
            assertThat(e.getDescription()).contains("Disconnected");
        });
    }

    @Test
    void assignDeviceTag_passesTagAndCanonicalUuidsAndListsTheDevices() {
        List<String> devices = List.of(ApiFixtures.DEVICE_UUID, OTHER_DEVICE.toUpperCase());
        AssignDeviceTagCmd command = Commands.prepare(new AssignDeviceTagCmd(), plugin,
                Map.of("tag", "SRIOV_VF/trading-net", "deviceids", devices));

        command.execute();

        RecordingDeviceHaApi.Call call = plugin.onlyCall();
        assertThat(call.method()).isEqualTo("assignTag");
        assertThat(call.argument(0)).isEqualTo(new TagAssignment(ApiFixtures.TRADING_NET,
                List.of(ApiFixtures.DEVICE_UUID, OTHER_DEVICE)));
        ListResponse<?> response = (ListResponse<?>) command.getResponseObject();
        assertThat(response.getResponseName()).isEqualTo("assigndevicetagresponse");
        assertThat(response.getCount()).isEqualTo(1);
    }

    @Test
    void assignDeviceTag_kindMismatch_isAParameterErrorWithThePluginsReason() {
        plugin.refuseWith(Failure.INVALID_PARAMETER,
                "parameter deviceids: device " + ApiFixtures.DEVICE_UUID + " is a VGPU, not an SRIOV_VF");
        AssignDeviceTagCmd command = Commands.prepare(new AssignDeviceTagCmd(), plugin, Map.of(
                "tag", "SRIOV_VF/trading-net", "deviceids", List.of(ApiFixtures.DEVICE_UUID)));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
            assertThat(e.getDescription()).startsWith("parameter deviceids:");
        });
    }

    @Test
    void unassignDeviceTag_callsUnassign() {
        UnassignDeviceTagCmd command = Commands.prepare(new UnassignDeviceTagCmd(), plugin, Map.of(
                "tag", "HCT/sm-crypto", "deviceids", List.of(ApiFixtures.DEVICE_UUID)));

        command.execute();

        assertThat(plugin.onlyCall().method()).isEqualTo("unassignTag");
        assertThat(((ListResponse<?>) command.getResponseObject()).getResponseName())
                .isEqualTo("unassigndevicetagresponse");
    }
}
