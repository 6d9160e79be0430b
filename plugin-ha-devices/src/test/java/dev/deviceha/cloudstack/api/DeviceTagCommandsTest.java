package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.api.DeviceHaApiException.Failure;
import dev.deviceha.api.DeviceTagFilter;
import dev.deviceha.api.DeviceTagUpdate;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceTagResponse;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.DeviceTag;
import java.util.Map;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.Test;

class DeviceTagCommandsTest {
    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void createDeviceTag_passesTheParsedTagAndRespondsWithIt() {
        CreateDeviceTagCmd command = Commands.prepare(new CreateDeviceTagCmd(), plugin,
                Map.of("kind", "sriov_vf", "name", "trading-net", "description", "VFs on the trading VLANs"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(DeviceTag.admin(new TagRef(DeviceKind.SRIOV_VF,
                TagName.parse("trading-net")), "VFs on the trading VLANs"));
        DeviceTagResponse response = (DeviceTagResponse) command.getResponseObject();
        assertThat(response.getResponseName()).isEqualTo("createdevicetagresponse");
        assertThat(CloudStackJson.serialize(response).getAsJsonObject("createdevicetagresponse")
                .getAsJsonObject("devicetag").get("tag").getAsString()).isEqualTo("SRIOV_VF/trading-net");
    }

    @Test
    void createDeviceTag_vgpuKind_isRefusedBecauseVgpuTagsAreGenerated() {
        CreateDeviceTagCmd command = Commands.prepare(new CreateDeviceTagCmd(), plugin,
                Map.of("kind", "VGPU", "name", "grid-t4-1q"));

        assertThatThrownBy(command::execute).isInstanceOf(ServerApiException.class)
                .hasMessageStartingWith("parameter kind:").hasMessageContaining("VGPU tags are generated");
        assertThat(plugin.calls).isEmpty();
    }

    @Test
    void createDeviceTag_existingTag_isAParameterErrorWithThePluginsReason() {
        plugin.refuseWith(Failure.CONFLICT, "device tag SRIOV_VF/trading-net already exists");
        CreateDeviceTagCmd command = Commands.prepare(new CreateDeviceTagCmd(), plugin,
                Map.of("kind", "SRIOV_VF", "name", "trading-net"));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
            assertThat(e.getDescription()).isEqualTo("device tag SRIOV_VF/trading-net already exists");
        });
    }

    @Test
    void listDeviceTags_mapsFiltersAndCarriesTheTotal() {
        ListDeviceTagsCmd command = Commands.prepare(new ListDeviceTagsCmd(), plugin,
                Map.of("kind", "HCT", "name", "sm-crypto"));

        command.execute();

        assertThat(plugin.onlyCall().arguments()).containsExactly(
                new DeviceTagFilter(null, DeviceKind.HCT, TagName.parse("sm-crypto")), new PageRequest(null, null));
        ListResponse<?> response = (ListResponse<?>) command.getResponseObject();
        assertThat(response.getCount()).isEqualTo(7);
        assertThat(response.getResponses()).hasSize(1);
        assertThat(response.getResponseName()).isEqualTo("listdevicetagsresponse");
    }

    @Test
    void updateDeviceTag_passesCanonicalUuidAndDescription() {
        UpdateDeviceTagCmd command = Commands.prepare(new UpdateDeviceTagCmd(), plugin,
                Map.of("id", ApiFixtures.TAG_UUID.toUpperCase(), "description", "moved to rack 5"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0))
                .isEqualTo(new DeviceTagUpdate(ApiFixtures.TAG_UUID, "moved to rack 5"));
        assertThat(command.getResponseObject()).isInstanceOf(DeviceTagResponse.class);
    }

    @Test
    void deleteDeviceTag_unusedTag_succeeds() {
        DeleteDeviceTagCmd command = Commands.prepare(new DeleteDeviceTagCmd(), plugin,
                Map.of("id", ApiFixtures.TAG_UUID));

        command.execute();

        assertThat(plugin.onlyCall().arguments()).containsExactly(ApiFixtures.TAG_UUID);
        SuccessResponse response = (SuccessResponse) command.getResponseObject();
        assertThat(response.getSuccess()).isTrue();
        assertThat(response.getResponseName()).isEqualTo("deletedevicetagresponse");
    }

    @Test
    void deleteDeviceTag_tagInUse_isAResourceInUseErrorSayingWhy() {
        plugin.refuseWith(Failure.IN_USE,
                "device tag SRIOV_VF/trading-net is carried by 16 devices and requested by 3 VMs");
        DeleteDeviceTagCmd command = Commands.prepare(new DeleteDeviceTagCmd(), plugin,
                Map.of("id", ApiFixtures.TAG_UUID));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.RESOURCE_IN_USE_ERROR);
            assertThat(e.getDescription()).contains("16 devices", "3 VMs");
        });
    }

    @Test
    void deleteDeviceTag_unknownTag_isAParameterError() {
        plugin.refuseWith(Failure.NOT_FOUND, "no device tag with id " + ApiFixtures.TAG_UUID);
        DeleteDeviceTagCmd command = Commands.prepare(new DeleteDeviceTagCmd(), plugin,
                Map.of("id", ApiFixtures.TAG_UUID));

        assertThatThrownBy(command::execute).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR));
    }
}
