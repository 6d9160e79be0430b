package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.ServerApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validated parameter of every command, fed hostile values: each call fails with PARAM_ERROR, the message
 * starts with the parameter's name, and nothing reaches the plugin.
 */
class ParameterValidationTest {
    private static final String UUID = ApiFixtures.TAG_UUID;
    private static final String TAG = "SRIOV_VF/trading-net";

    private static final List<Object> HOSTILE = List.of("", "../", "../../etc/passwd", "a\u0000b", "<x/>",
            "]]><!--", "' OR '1'='1' --", "1; DROP TABLE device_tag", "x".repeat(300), "\u202Etrading-net");
    // Markup is not hostile to a description: responses are JSON or XML encoded, so it shows as typed.
    private static final List<Object> HOSTILE_TEXT = List.of("a\u0000b", "x".repeat(300), "line\nbreak",
            "\u202Eevil", "zero\u200Bwidth", " padded ", "");

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("hostileParameters")
    void hostileValueIsRefusedNamingTheParameter(String api, String parameter, Object value,
            Supplier<BaseCmd> command, Map<String, Object> validParameters) {
        RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();
        Map<String, Object> parameters = new HashMap<>(validParameters);
        parameters.put(parameter, value);
        BaseCmd prepared = Commands.prepare(command.get(), plugin, parameters);

        assertThatThrownBy(prepared::execute)
                .isInstanceOfSatisfying(ServerApiException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
                    assertThat(e.getDescription()).startsWith("parameter " + parameter + ":");
                    assertThat(e.getDescription()).doesNotContain("\u0000", "\n", "\u202E");
                });
        assertThat(plugin.calls).isEmpty();
    }

    static Stream<Arguments> hostileParameters() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Object> none = Map.of();
        Map<String, Object> tagged = Map.of("tag", TAG);

        strings(cases, "createDeviceTag", CreateDeviceTagCmd::new, Map.of("kind", "HCT", "name", "sm-crypto"),
                "kind", "name");
        add(cases, "createDeviceTag", CreateDeviceTagCmd::new, Map.of("kind", "HCT", "name", "sm-crypto"),
                "kind", "GPU", "VGPU", "sriov-vf", "Sriov_Vf");
        add(cases, "createDeviceTag", CreateDeviceTagCmd::new, Map.of("kind", "HCT", "name", "sm-crypto"),
                "description", HOSTILE_TEXT.toArray());
        strings(cases, "listDeviceTags", ListDeviceTagsCmd::new, none, "id", "kind", "name");
        strings(cases, "updateDeviceTag", UpdateDeviceTagCmd::new, Map.of("id", UUID, "description", "d"), "id");
        add(cases, "updateDeviceTag", UpdateDeviceTagCmd::new, Map.of("id", UUID, "description", "d"),
                "description", HOSTILE_TEXT.toArray());
        strings(cases, "deleteDeviceTag", DeleteDeviceTagCmd::new, none, "id");

        Map<String, Object> rule = Map.of("tag", TAG, "vendorid", "15b3");
        strings(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule,
                "tag", "vendorid", "productid", "netdev", "pciaddress", "hostid", "clusterid");
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule, "netdev", "eth[0-3]", "vf-rep@pf0");
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule, "pciaddress", "0000:3b:0[0-1].*",
                "0000:3b:20.0");
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule, "hostid", "1-1-1-1-1", "42");
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule, "tag", "VGPU/grid-t4-1q", "NIC/x");
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, rule, "priority", -1, 1001);
        add(cases, "createDeviceTagRule", CreateDeviceTagRuleCmd::new, Map.of("tag", TAG, "priority", 5),
                "vendorid", (Object) null);
        strings(cases, "listDeviceTagRules", ListDeviceTagRulesCmd::new, none, "id", "tag");
        strings(cases, "deleteDeviceTagRule", DeleteDeviceTagRuleCmd::new, none, "id");

        strings(cases, "listDevices", ListDevicesCmd::new, none, "id", "kind", "tag");
        for (Supplier<BaseCmd> assignment : List.<Supplier<BaseCmd>>of(AssignDeviceTagCmd::new,
                UnassignDeviceTagCmd::new)) {
            String api = assignment.get() instanceof AssignDeviceTagCmd ? "assignDeviceTag" : "unassignDeviceTag";
            Map<String, Object> devices = Map.of("tag", TAG, "deviceids", List.of(UUID));
            strings(cases, api, assignment, devices, "tag");
            add(cases, api, assignment, devices, "tag", "VGPU/grid-t4-1q");
            add(cases, api, assignment, devices, "deviceids",
                    HOSTILE.stream().map(value -> (Object) List.of(UUID, value)).toArray());
            add(cases, api, assignment, devices, "deviceids", List.of(), List.of(UUID, UUID));
        }

        Map<String, Object> request = Map.of("virtualmachineid", 10L, "tag", TAG);
        strings(cases, "addDeviceRequest", AddDeviceRequestCmd::new, request, "tag", "vlan", "numa");
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, request, "vlan", "0", "4095", "0100", "-1");
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, Map.of("virtualmachineid", 10L,
                "tag", "HCT/sm-crypto"), "vlan", "100");
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, request, "count", 0, 17, 65, -3);
        for (String vfOption : List.of("trust", "spoofchk")) {
            add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, Map.of("virtualmachineid", 10L,
                    "tag", "HCT/sm-crypto"), vfOption, true);
        }
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, Map.of("virtualmachineid", 10L,
                "tag", "VGPU/t4-1q"), "macaddresses", List.of("02:dc:00:00:10:01"));
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, Map.of("virtualmachineid", 10L, "tag", TAG,
                "count", 2), "macaddresses", HOSTILE.stream().map(value -> (Object) List.of(value)).toArray());
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, Map.of("virtualmachineid", 10L, "tag", TAG,
                "count", 2), "macaddresses", List.of("01:00:5e:00:00:01"),
                List.of("02:dc:00:00:10:01", "02:DC:00:00:10:01"));
        // What the framework leaves in a UUID field when the caller sent a numeric id or upper-case hex.
        add(cases, "addDeviceRequest", AddDeviceRequestCmd::new, request, "virtualmachineid", (Object) null);
        add(cases, "removeDeviceRequest", RemoveDeviceRequestCmd::new, request, "virtualmachineid", (Object) null);
        add(cases, "rediscoverDevices", RediscoverDevicesCmd::new, none, "hostid", (Object) null);
        strings(cases, "removeDeviceRequest", RemoveDeviceRequestCmd::new, Map.of("virtualmachineid", 10L), "tag");
        strings(cases, "listDeviceRequests", ListDeviceRequestsCmd::new, tagged, "tag");
        return cases.stream();
    }

    private static void strings(List<Arguments> cases, String api, Supplier<BaseCmd> command,
            Map<String, Object> valid, String... parameters) {
        for (String parameter : parameters) {
            add(cases, api, command, valid, parameter, HOSTILE.toArray());
        }
    }

    private static void add(List<Arguments> cases, String api, Supplier<BaseCmd> command, Map<String, Object> valid,
            String parameter, Object... values) {
        for (Object value : values) {
            cases.add(Arguments.of(api, parameter, value, command, valid));
        }
    }
}
