package dev.deviceha.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
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
                .hasMessageContaining("\"ab\\x{0000}cd\"")
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
    void adminDefinedTag_vgpu_isRefusedAndOthersPass() {
        assertRefused(() -> ApiParams.adminDefinedTag("tag", TagRef.parse("VGPU/grid-t4-1q")),
                "parameter tag: VGPU tags are generated");
        TagRef hct = TagRef.parse("HCT/sm-crypto");
        assertThat(ApiParams.adminDefinedTag("tag", hct)).isSameAs(hct);
    }

    @Test
    void checked_modelRejection_becomesAnErrorNamingTheParameter() {
        assertRefused(() -> ApiParams.checked("count",
                () -> DeviceRequest.of(TagRef.parse("HCT/sm-crypto"), DeviceRequest.MAX_COUNT + 1)),
                "parameter count: invalid device count \"17\": expected 1 to 16");
        assertThat(ApiParams.checked("count", () -> 16)).isEqualTo(16);
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(DeviceHaApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(DeviceHaApiException.Failure.INVALID_PARAMETER))
                .hasMessageStartingWith("parameter ")
                .hasMessageContaining(message);
    }
}
