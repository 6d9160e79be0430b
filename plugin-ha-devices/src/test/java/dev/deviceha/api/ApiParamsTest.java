package dev.deviceha.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiParamsTest {
    private static final String UUID = "3f1c2d4e-0a1b-4c2d-8e3f-405162738495";

    @Test
    void required_absentValue_isRefusedNamingTheParameter() {
        assertRefused(() -> ApiParams.required("kind", null, DeviceKind::parse), "parameter kind: is required");
    }

    @Test
    void optional_absentValue_givesNull() {
        assertThat(ApiParams.optional("kind", null, DeviceKind::parse)).isNull();
    }

    @Test
    void optional_emptyValue_isRefused() {
        assertRefused(() -> ApiParams.optional("kind", "", DeviceKind::parse), "parameter kind: invalid device kind");
    }

    @Test
    void parse_modelRejection_becomesAnErrorNamingTheParameterAndQuotingTheValue() {
        assertRefused(() -> ApiParams.required("name", "Trading_Net", TagName::parse),
                "parameter name: invalid tag name \"Trading_Net\"");
    }

    @Test
    void parse_nulInValue_isEscapedInTheMessage() {
        assertThatThrownBy(() -> ApiParams.required("name", "ab\u0000cd", TagName::parse))
                .hasMessageContaining("\"ab\\u0000cd\"")
                .hasMessageNotContaining("\u0000");
    }

    @Test
    void parse_overlongValue_isQuotedBounded() {
        String overlong = "a".repeat(10_000);
        assertThatThrownBy(() -> ApiParams.required("name", overlong, TagName::parse))
                .hasMessageContaining("(10000 chars)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void uuid_upperCase_isCanonicalizedToLowerCase() {
        assertThat(ApiParams.uuid(UUID.toUpperCase())).isEqualTo(UUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-1-1-1-1", "../../etc/passwd", "3f1c2d4e-0a1b-4c2d-8e3f-40516273849",
            "3f1c2d4e-0a1b-4c2d-8e3f-4051627384950", "3f1c2d4e 0a1b-4c2d-8e3f-405162738495",
            "3f1c2d4e-0a1b-4c2d-8e3f-40516273849g", "' OR '1'='1", "42"})
    void uuid_malformed_isRefused(String value) {
        assertRefused(() -> ApiParams.required("id", value, ApiParams::uuid), "parameter id: invalid UUID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8086", "0x8086", "0X8086", "15B3"})
    void pciId_hexWithOrWithout0x_isCanonical(String value) {
        assertThat(ApiParams.pciId(value)).matches("[0-9a-f]{4}").isIn("8086", "15b3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "808", "80866", "0x80", "xyz1", "80 6", "8086;", "0x0x8086"})
    void pciId_malformed_isRefused(String value) {
        assertRefused(() -> ApiParams.required("vendorid", value, ApiParams::pciId), "parameter vendorid:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ens1f*", "eth[0-3]", "enp59s0f1v?", "bond0.100", "ib0:1", "vf-rep@pf0"})
    void netdevGlob_interfaceNamesAndGlobs_areAccepted(String value) {
        assertThat(ApiParams.netdevGlob(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../eth0", "eth0/..", "eth 0", "eth0\n", "eth0\u0000", "<eth0>",
            "eth0;rm", "eth0'--", "e$(id)", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void netdevGlob_hostileValues_areRefused(String value) {
        assertRefused(() -> ApiParams.required("netdev", value, ApiParams::netdevGlob), "parameter netdev:");
    }

    @Test
    void pciAddressGlob_isLowerCased() {
        assertThat(ApiParams.pciAddressGlob("0000:3B:0[0-1].*")).isEqualTo("0000:3b:0[0-1].*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../0000:3b:00.0", "0000:3b:00.0/", "0000:xx:00.0", "0000:3b:00.0 ", "<a>",
            "0000:3b'--", "0000:3b:00.0\u0000"})
    void pciAddressGlob_hostileValues_areRefused(String value) {
        assertRefused(() -> ApiParams.required("pciaddress", value, ApiParams::pciAddressGlob),
                "parameter pciaddress:");
    }

    @Test
    void description_plainTextWithQuotesAndUnicode_isAccepted() {
        String text = "Bob's \"fast\" NICs – rack 4, VLAN 100";
        assertThat(ApiParams.description(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a & b", "line\nbreak", "nul\u0000", "bidi\u202Eevil",
            "tab\there"})
    void description_markupControlAndFormatCharacters_areRefused(String value) {
        assertRefused(() -> ApiParams.required("description", value, ApiParams::description),
                "parameter description:");
    }

    @Test
    void description_overlong_isRefused() {
        assertRefused(() -> ApiParams.required("description", "x".repeat(256), ApiParams::description),
                "at most 255 characters");
    }

    @Test
    void uuids_canonicalizesAndKeepsOrder() {
        String other = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f70819203";
        assertThat(ApiParams.uuids("deviceids", List.of(other, UUID.toUpperCase()))).containsExactly(other, UUID);
    }

    @Test
    void uuids_duplicate_isRefused() {
        assertRefused(() -> ApiParams.uuids("deviceids", List.of(UUID, UUID.toUpperCase())),
                "parameter deviceids: UUID " + UUID + " is given twice");
    }

    @Test
    void uuids_emptyOrTooMany_isRefused() {
        assertRefused(() -> ApiParams.uuids("deviceids", List.of()), "parameter deviceids: expected at least one");
        assertRefused(() -> ApiParams.uuids("deviceids", Collections.nCopies(257, UUID)),
                "parameter deviceids: 257 UUIDs: at most 256 per call");
    }

    @Test
    void uuids_oneMalformed_isRefused() {
        assertRefused(() -> ApiParams.uuids("deviceids", List.of(UUID, "../x")), "parameter deviceids: invalid UUID");
    }

    @Test
    void requiredId_unresolved_isRefusedAndAResolvedIdPasses() {
        assertRefused(() -> ApiParams.requiredId("hostid", null), "parameter hostid: expected the lower-case UUID");
        assertThat(ApiParams.requiredId("hostid", 42L)).isEqualTo(42L);
    }

    @Test
    void inRange_outside_isRefusedAndAbsentGivesTheDefault() {
        assertThat(ApiParams.inRange("count", null, 1, 64, 1)).isEqualTo(1);
        assertThat(ApiParams.inRange("count", 64, 1, 64, 1)).isEqualTo(64);
        assertRefused(() -> ApiParams.inRange("count", 0, 1, 64, 1), "parameter count: 0 is out of range");
        assertRefused(() -> ApiParams.inRange("count", 65, 1, 64, 1), "parameter count: 65 is out of range");
    }

    @Test
    void adminDefinedTag_vgpu_isRefusedAndOthersPass() {
        assertRefused(() -> ApiParams.adminDefinedTag("tag", TagRef.parse("VGPU/grid-t4-1q")),
                "parameter tag: VGPU tags are generated");
        TagRef hct = TagRef.parse("HCT/sm-crypto");
        assertThat(ApiParams.adminDefinedTag("tag", hct)).isSameAs(hct);
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(DeviceHaApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(DeviceHaApiException.Failure.INVALID_PARAMETER))
                .hasMessageStartingWith("parameter ")
                .hasMessageContaining(message);
    }
}
