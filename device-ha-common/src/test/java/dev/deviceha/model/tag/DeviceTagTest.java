package dev.deviceha.model.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceTagTest {
    private static final TagRef TRADING = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");

    @ParameterizedTest
    @EnumSource(value = DeviceKind.class, names = {"SRIOV_VF", "HCT", "PCI"})
    void admin_kindWithAdminTags_accepted(DeviceKind kind) {
        DeviceTag tag = DeviceTag.admin(TagRef.of(kind, "team-a"), "Team A devices");

        assertThat(tag.origin()).isEqualTo(TagOrigin.ADMIN);
        assertThat(tag.description()).isEqualTo("Team A devices");
    }

    @Test
    void admin_vgpu_rejectedBecauseVgpuTagsAreGenerated() {
        assertThatThrownBy(() -> DeviceTag.admin(TagRef.of(DeviceKind.VGPU, "t4-1q"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("generated");
    }

    @Test
    void generated_vgpu_acceptedAndOtherKindsRejected() {
        assertThat(DeviceTag.generated(VgpuTagNamer.tagFor("T4", "GRID T4-1Q"), "GRID T4-1Q").origin())
                .isEqualTo(TagOrigin.GENERATED);
        assertThatThrownBy(() -> DeviceTag.generated(TRADING, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("defined by admins");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Low-latency NICs <E810> & \"CX-6\" ' OR 1=1 --", "交易网络 (上海)", "Ünïcödé ok",
            "x"})
    void admin_printableDescription_keptAsGiven(String description) {
        assertThat(DeviceTag.admin(TRADING, description).description()).isEqualTo(description);
    }

    @Test
    void admin_descriptionOfExactlyMaxCodePoints_accepted() {
        String astral = "\ud83d\ude80".repeat(DeviceTag.MAX_DESCRIPTION);

        assertThat(DeviceTag.admin(TRADING, astral).description()).isEqualTo(astral);
        assertThatThrownBy(() -> DeviceTag.admin(TRADING, astral + "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 to 255");
    }

    static Stream<Arguments> badDescriptions() {
        return Stream.of(
                Arguments.of("", "1 to 255"),
                Arguments.of("x".repeat(256), "1 to 255"),
                Arguments.of("x".repeat(10_000), "(10000 chars)"),
                Arguments.of(" leading", "leading or trailing space"),
                Arguments.of("trailing ", "leading or trailing space"),
                Arguments.of("line\nbreak", "U+000A"),
                Arguments.of("carriage\rreturn", "U+000D"),
                Arguments.of("tab\there", "U+0009"),
                Arguments.of("nul\0", "U+0000"),
                Arguments.of("bidi \u202eevil", "U+202E"),
                Arguments.of("zero\u200bwidth", "U+200B"),
                Arguments.of("no\u00a0break", "U+00A0"),
                Arguments.of("private \ue000", "U+E000"),
                Arguments.of("lone \ud800 surrogate", "U+D800"),
                Arguments.of("line\u2028separator", "U+2028"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badDescriptions")
    void admin_unprintableDescription_rejected(String description, String fragment) {
        assertThatThrownBy(() -> DeviceTag.admin(TRADING, description))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("invalid tag description")
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7e]+"));
    }

    @Test
    void admin_noDescription_isNull() {
        assertThat(DeviceTag.admin(TRADING, null).description()).isNull();
    }
}
