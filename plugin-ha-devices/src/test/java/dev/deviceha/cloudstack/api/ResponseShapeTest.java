package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.deviceha.api.DeviceRequestInfo;
import dev.deviceha.api.RequestSource;
import dev.deviceha.cloudstack.api.response.DeviceDiscoveryResponse;
import dev.deviceha.cloudstack.api.response.DeviceHaReadinessResponse;
import dev.deviceha.cloudstack.api.response.DeviceRequestResponse;
import dev.deviceha.cloudstack.api.response.DeviceResponse;
import dev.deviceha.cloudstack.api.response.DeviceTagResponse;
import dev.deviceha.cloudstack.api.response.DeviceTagRuleResponse;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import java.util.Map;
import java.util.Set;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.ResponseObject;
import org.junit.jupiter.api.Test;

/** The JSON the API server would send, field by field, serialized the way CloudStack serializes responses. */
class ResponseShapeTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Set<String> ENTITY_IDS = Set.of("id", "zoneid", "clusterid", "hostid", "virtualmachineid");

    @Test
    void deviceTag() {
        JsonObject tag = object(new DeviceTagResponse(ApiFixtures.tag()), "devicetag");

        assertThat(CloudStackJson.keys(tag)).containsExactlyInAnyOrder("id", "kind", "name", "tag", "description", "origin",
                "devicecount", "requestcount");
        assertThat(tag.get("tag").getAsString()).isEqualTo("SRIOV_VF/trading-net");
        assertThat(tag.get("kind").getAsString()).isEqualTo("SRIOV_VF");
        assertThat(tag.get("name").getAsString()).isEqualTo("trading-net");
        assertThat(tag.get("origin").getAsString()).isEqualTo("ADMIN");
        assertThat(tag.get("devicecount").getAsInt()).isEqualTo(16);
        assertOnlyUuidIds(tag);
    }

    @Test
    void deviceTagRule_leavesOutSelectorsItDoesNotUse() {
        JsonObject rule = object(new DeviceTagRuleResponse(ApiFixtures.rule()), "devicetagrule");

        assertThat(CloudStackJson.keys(rule)).containsExactlyInAnyOrder("id", "tag", "priority", "vendorid", "productid",
                "netdev", "clusterid");
        assertOnlyUuidIds(rule);
    }

    @Test
    void device_vf() {
        JsonObject device = object(new DeviceResponse(ApiFixtures.vf()), "device");

        assertThat(CloudStackJson.keys(device)).containsExactlyInAnyOrder("id", "zoneid", "clusterid", "hostid", "hostname",
                "kind", "tag", "backing", "address", "parentaddress", "vendorid", "productid", "vendorname",
                "productname", "numanode", "driver", "netdev", "state", "managedbycloudstack", "free",
                "allocatedunits", "virtualmachineid", "virtualmachinename", "usedby");
        assertThat(device.get("state").getAsString()).isEqualTo("Present");
        assertThat(device.get("allocatedunits").getAsInt()).isEqualTo(1);
        assertThat(device.get("managedbycloudstack").getAsBoolean()).isFalse();
        assertThat(device.get("free").getAsBoolean()).isFalse();
        assertThat(device.get("virtualmachineid").getAsString()).isEqualTo(ApiFixtures.VM_UUID);
        assertOnlyUuidIds(device);
    }

    @Test
    void device_vgpuType() {
        JsonObject device = object(new DeviceResponse(ApiFixtures.vgpu()), "device");

        assertThat(CloudStackJson.keys(device)).contains("mdevtype", "profilename", "availableinstances", "totalinstances")
                .doesNotContain("virtualmachineid", "usedby", "netdev");
        assertThat(device.get("profilename").getAsString()).isEqualTo("GRID T4-1Q");
        assertThat(device.get("state").getAsString()).isEqualTo("Missing");
        assertThat(device.get("managedbycloudstack").getAsBoolean()).isTrue();
        assertThat(device.get("free").getAsBoolean()).isFalse();
    }

    @Test
    void deviceDiscovery() {
        JsonObject discovery = object(new DeviceDiscoveryResponse(ApiFixtures.rediscovery()), "devicediscovery");

        assertThat(CloudStackJson.keys(discovery)).containsExactlyInAnyOrder("hostid", "hostname", "devicecount", "added",
                "removed", "warnings");
        assertThat(discovery.getAsJsonArray("warnings")).hasSize(1);
        assertOnlyUuidIds(discovery);
    }

    @Test
    void deviceRequest() {
        JsonObject request = object(new DeviceRequestResponse(ApiFixtures.request()), "devicerequest");

        assertThat(CloudStackJson.keys(request)).containsExactlyInAnyOrder("virtualmachineid", "virtualmachinename", "tag",
                "kind", "count", "vlan", "numa", "source");
        assertThat(request.get("numa").getAsString()).isEqualTo("required");
        assertThat(request.get("vlan").getAsInt()).isEqualTo(100);
        assertOnlyUuidIds(request);
    }

    @Test
    void deviceRequest_withVfOptions_showsTrustSpoofCheckAndMacs() {
        DeviceRequest vfs = DeviceRequests.parse("SRIOV_VF/market-data;count=2;trust=on;spoofchk=off;"
                + "mac=02:dc:00:00:10:01").requests().get(0);
        JsonObject request = object(new DeviceRequestResponse(new DeviceRequestInfo(ApiFixtures.VM, vfs,
                RequestSource.SERVICE_OFFERING)), "devicerequest");

        assertThat(request.get("trust").getAsBoolean()).isTrue();
        assertThat(request.get("spoofchk").getAsBoolean()).isFalse();
        assertThat(request.getAsJsonArray("macaddresses")).containsExactly(new JsonPrimitive("02:dc:00:00:10:01"));
        assertThat(request.get("source").getAsString()).isEqualTo("SERVICE_OFFERING");
    }

    @Test
    void deviceRequest_ofAVmWhoseDetailDoesNotParse_carriesTheErrorAndNoRequestField() {
        JsonObject row = object(new DeviceRequestResponse(DeviceRequestInfo.unreadable(ApiFixtures.VM,
                RequestSource.SERVICE_OFFERING, "the service offering detail deviceha.requests cannot be"
                        + " read: invalid device request 1 \"x\"")), "devicerequest");

        assertThat(CloudStackJson.keys(row)).containsExactlyInAnyOrder("virtualmachineid", "virtualmachinename", "source",
                "error");
        assertThat(row.get("source").getAsString()).isEqualTo("SERVICE_OFFERING");
        assertThat(row.get("error").getAsString()).startsWith("the service offering detail deviceha.requests");
    }

    @Test
    void haReadiness() {
        JsonObject readiness = object(new DeviceHaReadinessResponse(ApiFixtures.unprotected()), "devicehareadiness");

        assertThat(CloudStackJson.keys(readiness)).containsExactlyInAnyOrder("virtualmachineid", "virtualmachinename",
                "protected", "candidatehosts", "reason");
        assertThat(readiness.get("protected").getAsBoolean()).isFalse();
        assertOnlyUuidIds(readiness);
    }

    @Test
    void listDevices_envelopeCarriesTheTotalCountAndNoInternalId() {
        Map<String, Object> internalIds = Map.of("zoneid", 904_211L, "clusterid", 904_212L, "hostid", 904_213L,
                "virtualmachineid", 904_214L);
        ListDevicesCmd command = Commands.prepare(new ListDevicesCmd(), new RecordingDeviceHaApi(), internalIds);
        command.execute();

        JsonObject json = CloudStackJson.serialize((ResponseObject) command.getResponseObject());
        JsonObject body = json.getAsJsonObject("listdevicesresponse");

        assertThat(body.get("count").getAsInt()).isEqualTo(12);
        assertThat(body.getAsJsonArray("device")).hasSize(2)
                .allSatisfy(device -> assertOnlyUuidIds(device.getAsJsonObject()));
        assertThat(json.toString()).doesNotContain("904211", "904212", "904213", "904214");
    }

    private static JsonObject object(BaseResponse response, String objectName) {
        response.setResponseName("someapiresponse");
        assertThat(response.getObjectName()).isEqualTo(objectName);
        JsonObject json = CloudStackJson.serialize(response);
        return json.getAsJsonObject("someapiresponse").getAsJsonObject(objectName);
    }

    private static void assertOnlyUuidIds(JsonObject object) {
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (ENTITY_IDS.contains(field.getKey())) {
                assertThat(field.getValue().getAsString()).as(field.getKey()).matches(UUID);
            }
        }
    }
}
