package dev.deviceha.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.TagRef;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestDetailCheckTest {
    private static final String VALID = "SRIOV_VF/trading-net;count=2;vlan=100;numa=required,HCT/sm-crypto";
    private static final Set<TagRef> KNOWN = Set.of(TagRef.parse("SRIOV_VF/trading-net"), TagRef.parse("HCT/sm-crypto"));

    private static Map<String, Object> unpacked(String... query) {
        return UnpackedParams.of(query);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("deploy with a request detail", new String[] {
                    "name=trader-1", "details[0].deviceha.requests=" + VALID, "details[0].cpuNumber=4"}),
                Arguments.of("key/value form", new String[] {
                    "serviceofferingdetails[0].key=deviceha.requests", "serviceofferingdetails[0].value=" + VALID}),
                Arguments.of("other details only", new String[] {"details[0].cpuNumber=4", "details[1].rootdisksize=20"}),
                Arguments.of("no details", new String[] {"name=trader-1", "displayname=Trader"}),
                Arguments.of("another map parameter is not ours", new String[] {
                    "tags[0].key=deviceha.requests", "tags[0].value=not a request"}),
                Arguments.of("a plain parameter named like the key", new String[] {"deviceha.requests=junk"}),
                Arguments.of("empty value: no requests, as when the VM starts", new String[] {
                    "details[0].deviceha.requests="}),
                Arguments.of("key/value form without a value, which CloudStack drops", new String[] {
                    "serviceofferingdetails[0].key=deviceha.requests"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void check_accepts(String what, String[] query) {
        assertThatCode(() -> RequestDetailCheck.check(unpacked(query), KNOWN::contains)).doesNotThrowAnyException();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("upper-case tag", new String[] {"details[0].deviceha.requests=SRIOV_VF/Trading"},
                        "parameter details[0].deviceha.requests: invalid device request 1 \"SRIOV_VF/Trading\""),
                Arguments.of("VLAN out of range", new String[] {
                    "details[0].cpuNumber=4", "details[1].deviceha.requests=SRIOV_VF/a;vlan=5000"},
                        "parameter details[1].deviceha.requests: invalid device request 1"),
                Arguments.of("key/value form", new String[] {
                    "serviceofferingdetails[0].key=deviceha.requests", "serviceofferingdetails[0].value=HCT"},
                        "parameter serviceofferingdetails[0].value: invalid"),
                Arguments.of("SQL in the value", new String[] {
                    "details[0].deviceha.requests=HCT/a';DROP TABLE dha_allocation;--"},
                        "parameter details[0].deviceha.requests: invalid"),
                Arguments.of("newline in the value", new String[] {"details[0].deviceha.requests=HCT/a\nHCT/b"},
                        "\\x{000a}"),
                Arguments.of("key in other case", new String[] {"details[0].DeviceHA.Requests=" + VALID},
                        "parameter details[0].DeviceHA.Requests: detail key \"DeviceHA.Requests\" must be written "
                                + "exactly deviceha.requests"),
                Arguments.of("key with a trailing blank", new String[] {"details[0].deviceha.requests =" + VALID},
                        "parameter details[0].deviceha.requests : detail key \"deviceha.requests \" must be"),
                Arguments.of("key/value form, key in other case", new String[] {
                    "serviceofferingdetails[0].key=DEVICEHA.REQUESTS", "serviceofferingdetails[0].value=" + VALID},
                        "parameter serviceofferingdetails[0].key: detail key \"DEVICEHA.REQUESTS\" must be written"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void check_refuses_namingTheParameter(String what, String[] query, String message) {
        assertThatThrownBy(() -> RequestDetailCheck.check(unpacked(query), KNOWN::contains))
                .isInstanceOfSatisfying(DeviceHaApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(DeviceHaApiException.Failure.INVALID_PARAMETER))
                .hasMessageStartingWith("parameter ")
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    void check_tagThatDoesNotExist_isRefusedAsAddDeviceRequestRefusesIt() {
        assertThatThrownBy(() -> RequestDetailCheck.check(unpacked("details[0].deviceha.requests=" + VALID
                + ",SRIOV_VF/market-data,VGPU/t4-1q"), KNOWN::contains))
                .isInstanceOfSatisfying(DeviceHaApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(DeviceHaApiException.Failure.NOT_FOUND))
                .hasMessage("parameter details[0].deviceha.requests: no device tag SRIOV_VF/market-data;"
                        + " create it first");
        assertThatThrownBy(() -> RequestDetailCheck.check(unpacked("details[0].deviceha.requests=VGPU/t4-1q"),
                KNOWN::contains)).hasMessageEndingWith("vGPU tags appear when a host reports the profile");
    }

    @Test
    void check_overlongValue_isRefusedWithABoundedMessage() {
        String overlong = "HCT/a,".repeat(1_000) + "HCT/a";

        assertThatThrownBy(() -> RequestDetailCheck.check(unpacked("details[0].deviceha.requests=" + overlong),
                KNOWN::contains))
                .hasMessageStartingWith("parameter details[0].deviceha.requests: ")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
