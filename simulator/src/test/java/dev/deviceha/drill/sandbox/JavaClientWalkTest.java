package dev.deviceha.drill.sandbox;

import static dev.deviceha.drill.sandbox.JavaClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.Parameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.deviceha.cloudstack.api.DeviceHaApiCommands;
import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;

/**
 * An operator's walk through the plugin's APIs with a third-party CloudStack client, every request signed: tag
 * and rule, an async rediscovery, devices, a VM deployed with device requests in its details, HA readiness, a host
 * failure, and the VM back on another host with the same MAC and VLAN.
 */
@ExtendWith(ServedSandbox.class)
class JavaClientWalkTest {
    private static ServedWorld served;
    private static JavaClient client;
    private final Set<String> called = new HashSet<>();

    @BeforeAll
    static void serve(ServedWorld world) {
        served = world;
        client = JavaClient.withApiKey(served.sandbox());
    }


    @Test
    void walk_tagRuleRediscoverDeployFailHost_vmRestartsElsewhereWithItsMacAndVlan_andEveryPluginApiAnswers() {
        String kvmA = hostId("kvm-a");
        String kvmB = hostId("kvm-b");
        String tagId = call("createDeviceTag", "kind", "SRIOV_VF", "name", "walk-net", "description", "walk VFs")
                .getAsJsonObject("devicetag").get("id").getAsString();
        assertThat(call("updateDeviceTag", "id", tagId, "description", "VFs of the walk")
                .getAsJsonObject("devicetag").get("description").getAsString()).isEqualTo("VFs of the walk");
        assertThat(call("listDeviceTags", "kind", "SRIOV_VF", "name", "walk-net").get("count").getAsInt())
                .isEqualTo(1);
        String ruleId = call("createDeviceTagRule", "tag", "SRIOV_VF/walk-net", "priority", "200",
                "pciaddress", "0000:3b:02.7").getAsJsonObject("devicetagrule").get("id").getAsString();
        assertThat(call("listDeviceTagRules", "tag", "SRIOV_VF/walk-net").get("count").getAsInt()).isEqualTo(1);

        for (String host : List.of(kvmA, kvmB)) {
            JsonObject discovery = callAsync("rediscoverDevices", "hostid", host).getAsJsonObject("devicediscovery");
            assertThat(discovery.get("hostid").getAsString()).isEqualTo(host);
        }
        JsonArray tagged = call("listDevices", "tag", "SRIOV_VF/walk-net").getAsJsonArray("device");
        assertThat(tagged).extracting(device -> device.getAsJsonObject().get("hostname").getAsString())
                .containsExactlyInAnyOrder("kvm-a", "kvm-b");

        JsonObject vm = callAsync("deployVirtualMachine", Map.of("zoneid", only("listZones", "zone"),
                "serviceofferingid", only("listServiceOfferings", "serviceoffering"), "name", "walk-1",
                "details[0].deviceha.requests", "SRIOV_VF/walk-net;count=1;vlan=300"))
                .getAsJsonObject("virtualmachine");
        String vmId = vm.get("id").getAsString();
        assertThat(vm.get("state").getAsString()).isEqualTo("Running");
        assertThat(vm.get("hostname").getAsString()).isEqualTo("kvm-a");
        JsonObject deviceBefore = vm.getAsJsonArray("sandboxdevices").get(0).getAsJsonObject();
        assertThat(deviceBefore.get("vlan").getAsInt()).isEqualTo(300);
        assertThat(call("listDeviceRequests", "virtualmachineid", vmId).getAsJsonArray("devicerequest").get(0)
                .getAsJsonObject().get("tag").getAsString()).isEqualTo("SRIOV_VF/walk-net");
        JsonObject readiness = call("listDeviceHaReadiness", "virtualmachineid", vmId)
                .getAsJsonArray("devicehareadiness").get(0).getAsJsonObject();
        assertThat(readiness.get("protected").getAsBoolean()).as(readiness.toString()).isTrue();

        JsonObject restart = restartOf(call("sandboxFailHost", "hostid", kvmA), "walk-1");
        assertThat(restart.get("outcome").getAsString()).as(restart.toString()).isEqualTo("RESTARTED");
        assertThat(restart.get("tohost").getAsString()).isEqualTo("kvm-b");
        assertThat(restart.getAsJsonArray("problems")).isEmpty();
        JsonObject after = call("listVirtualMachines", "id", vmId).getAsJsonArray("virtualmachine").get(0)
                .getAsJsonObject();
        assertThat(after.get("hostname").getAsString()).isEqualTo("kvm-b");
        JsonObject deviceAfter = after.getAsJsonArray("sandboxdevices").get(0).getAsJsonObject();
        assertThat(text(deviceAfter.get("mac"))).isNotNull().isEqualTo(text(deviceBefore.get("mac")));
        assertThat(deviceAfter.get("vlan").getAsInt()).isEqualTo(300);

        exerciseTheOtherPluginApis(ruleId);
        assertThat(called).containsAll(pluginApiNames());
    }

    /** Manual tagging, requests added and removed, deletion: the APIs the walk did not need. */
    private void exerciseTheOtherPluginApis(String ruleId) {
        String spareId = call("createDeviceTag", "kind", "SRIOV_VF", "name", "spare")
                .getAsJsonObject("devicetag").get("id").getAsString();
        String freeVf = call("listDevices", "hostid", hostId("kvm-c"), "kind", "SRIOV_VF", "free", "true")
                .getAsJsonArray("device").get(0).getAsJsonObject().get("id").getAsString();
        assertThat(call("assignDeviceTag", "tag", "SRIOV_VF/spare", "deviceids", freeVf).getAsJsonArray("device")
                .get(0).getAsJsonObject().get("tag").getAsString()).isEqualTo("SRIOV_VF/spare");
        call("unassignDeviceTag", "tag", "SRIOV_VF/spare", "deviceids", freeVf);
        assertThat(call("deleteDeviceTag", "id", spareId).get("success").getAsBoolean()).isTrue();
        String web1 = call("listVirtualMachines", "name", "web-1").getAsJsonArray("virtualmachine").get(0)
                .getAsJsonObject().get("id").getAsString();
        assertThat(call("addDeviceRequest", "virtualmachineid", web1, "tag", "HCT/sm-crypto")
                .getAsJsonObject("devicerequest").get("tag").getAsString()).isEqualTo("HCT/sm-crypto");
        assertThat(call("removeDeviceRequest", "virtualmachineid", web1, "tag", "HCT/sm-crypto").get("success")
                .getAsBoolean()).isTrue();
        assertThat(callAsync("stopVirtualMachine", "id", web1).getAsJsonObject("virtualmachine").get("state")
                .getAsString()).isEqualTo("Stopped");
        assertThat(callAsync("startVirtualMachine", "id", web1).getAsJsonObject("virtualmachine").get("state")
                .getAsString()).isEqualTo("Running");
        assertThat(call("deleteDeviceTagRule", "id", ruleId).get("success").getAsBoolean()).isTrue();
        assertThat(call("listDeviceHaWhatIf", "hostid", hostId("kvm-c")).getAsJsonArray("devicehawhatif").get(0)
                .getAsJsonObject().getAsJsonArray("failedhostnames").get(0).getAsString()).isEqualTo("kvm-c");
        // A plugin API added later is at least listed with its defaults; one with required parameters needs a
        // step of its own above.
        for (Class<?> command : new DeviceHaApiCommands().getCommands()) {
            String name = command.getAnnotation(APICommand.class).name();
            if (!called.contains(name) && !hasRequiredParameters(command)) {
                call(name);
            }
        }
    }

    private JsonObject call(String command, String... keyValues) {
        return call(command, JavaClient.pairs(keyValues));
    }

    private JsonObject call(String command, Map<String, String> params) {
        JsonObject answer = client.call(command, params);
        called.add(command);
        return answer;
    }

    private JsonObject callAsync(String command, String... keyValues) {
        return callAsync(command, JavaClient.pairs(keyValues));
    }

    private JsonObject callAsync(String command, Map<String, String> params) {
        JsonObject result = client.callAsync(command, params);
        called.add(command);
        return result;
    }

    private String hostId(String name) {
        return call("listHosts", "name", name).getAsJsonArray("host").get(0).getAsJsonObject().get("id")
                .getAsString();
    }

    private String only(String listCommand, String objectName) {
        return call(listCommand).getAsJsonArray(objectName).get(0).getAsJsonObject().get("id").getAsString();
    }

    private static JsonObject restartOf(JsonObject restarts, String vmName) {
        for (JsonElement restart : restarts.getAsJsonArray("restart")) {
            if (restart.getAsJsonObject().get("virtualmachinename").getAsString().equals(vmName)) {
                return restart.getAsJsonObject();
            }
        }
        throw new AssertionError(vmName + " is not among the restarts: " + restarts);
    }

    private static List<String> pluginApiNames() {
        List<String> names = new ArrayList<>();
        for (Class<?> command : new DeviceHaApiCommands().getCommands()) {
            names.add(command.getAnnotation(APICommand.class).name());
        }
        return names;
    }

    private static boolean hasRequiredParameters(Class<?> command) {
        return ParameterFields.of(command).stream().anyMatch(f -> f.getAnnotation(Parameter.class).required());
    }
}
