package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import dev.deviceha.api.Caller;
import dev.deviceha.api.DeviceHaApiException.Failure;
import dev.deviceha.api.DeviceRequestFilter;
import dev.deviceha.api.NewDeviceRequest;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import java.util.List;
import java.util.Map;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.context.CallContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class DeviceRequestCommandsTest {
    private static final long USER_ACCOUNT = 2_001L;

    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();
    private MockedStatic<CallContext> callContext;

    @BeforeEach
    void callAsAUser() {
        CallContext context = mock(CallContext.class);
        when(context.getCallingAccountId()).thenReturn(USER_ACCOUNT);
        callContext = mockStatic(CallContext.class);
        callContext.when(CallContext::current).thenReturn(context);
    }

    @AfterEach
    void closeCallContext() {
        callContext.close();
    }

    @Test
    void addDeviceRequest_passesEveryField() {
        AddDeviceRequestCmd command = Commands.prepare(new AddDeviceRequestCmd(), plugin, Map.of(
                "virtualmachineid", 10L, "tag", "SRIOV_VF/trading-net", "count", 2, "vlan", "100",
                "numa", "required"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new NewDeviceRequest(10L, DeviceRequest
                .builder(ApiFixtures.TRADING_NET).count(2).vlan(new VlanId(100)).numa(NumaPolicy.REQUIRED).build()));
        assertThat(command.getResponseObject()).isNotNull();
    }

    @Test
    void addDeviceRequest_takesTheVfOptionsOfTheRequestGrammar() {
        AddDeviceRequestCmd command = Commands.prepare(new AddDeviceRequestCmd(), plugin, Map.of(
                "virtualmachineid", 10L, "tag", "SRIOV_VF/trading-net", "count", DeviceRequest.MAX_COUNT,
                "trust", true, "spoofchk", false, "macaddresses", List.of("02:DC:00:00:10:01", "02:dc:00:00:10:02")));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new NewDeviceRequest(10L, DeviceRequests.parse(
                "SRIOV_VF/trading-net;count=16;trust=on;spoofchk=off;mac=02:dc:00:00:10:01|02:dc:00:00:10:02")
                .requests().get(0)));
    }

    @Test
    void addDeviceRequest_moreMacsThanDevices_isRefusedNamingTheMacs() {
        AddDeviceRequestCmd command = Commands.prepare(new AddDeviceRequestCmd(), plugin, Map.of(
                "virtualmachineid", 10L, "tag", "SRIOV_VF/trading-net",
                "macaddresses", List.of("02:dc:00:00:10:01", "02:dc:00:00:10:02")));

        assertThatThrownBy(command::execute).isInstanceOf(ServerApiException.class)
                .hasMessageStartingWith("parameter macaddresses:").hasMessageContaining("2 MACs for 1 devices");
        assertThat(plugin.calls).isEmpty();
    }

    @Test
    void addDeviceRequest_defaultsToOneDeviceWithoutNumaPolicyOrVlan() {
        AddDeviceRequestCmd command = Commands.prepare(new AddDeviceRequestCmd(), plugin,
                Map.of("virtualmachineid", 10L, "tag", "HCT/sm-crypto"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new NewDeviceRequest(10L,
                DeviceRequest.of(TagRef.parse("HCT/sm-crypto"), 1)));
    }

    @Test
    void addDeviceRequest_vmRunning_isRefusedWithThePluginsReason() {
        plugin.refuseWith(Failure.CONFLICT, "VM trader-1 is Running: stop it to change its device requests");
        AddDeviceRequestCmd command = Commands.prepare(new AddDeviceRequestCmd(), plugin,
                Map.of("virtualmachineid", 10L, "tag", "HCT/sm-crypto"));

        assertThatThrownBy(command::execute).isInstanceOf(ServerApiException.class).hasMessageContaining("Running");
    }

    @Test
    void removeDeviceRequest_passesVmAndTag() {
        RemoveDeviceRequestCmd command = Commands.prepare(new RemoveDeviceRequestCmd(), plugin,
                Map.of("virtualmachineid", 10L, "tag", "SRIOV_VF/trading-net"));

        command.execute();

        assertThat(plugin.onlyCall().arguments()).containsExactly(10L, ApiFixtures.TRADING_NET);
        assertThat(command.getResponseObject()).isInstanceOf(SuccessResponse.class);
    }

    @Test
    void listDeviceRequests_tellsThePluginWhoIsCalling() {
        ListDeviceRequestsCmd command = Commands.prepare(new ListDeviceRequestsCmd(), plugin,
                Map.of("virtualmachineid", 10L, "tag", "SRIOV_VF/trading-net"));

        command.execute();

        RecordingDeviceHaApi.Call call = plugin.onlyCall();
        assertThat(call.argument(0)).isEqualTo(new DeviceRequestFilter(10L, ApiFixtures.TRADING_NET));
        assertThat(call.argument(1)).isEqualTo(new Caller(USER_ACCOUNT));
        assertThat(((ListResponse<?>) command.getResponseObject()).getCount()).isEqualTo(1);
    }

    @Test
    void listDeviceRequests_vmOfAnotherAccount_isAnAccountError() {
        plugin.refuseWith(Failure.NOT_PERMITTED, "account 2001 may not see VM 44444444-5555-4666-8777-888888888888");
        ListDeviceRequestsCmd command = Commands.prepare(new ListDeviceRequestsCmd(), plugin,
                Map.of("virtualmachineid", 10L));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.ACCOUNT_ERROR));
    }
}
