package dev.deviceha.model.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagName;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VgpuTagNamerTest {

    @ParameterizedTest(name = "{0} / \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "T4    | GRID T4-1Q          | t4-1q",
            "T4    | GRID T4-16Q         | t4-16q",
            "T4    | GRID T4-2B          | t4-2b",
            "T4    | NVIDIA T4-1Q        | t4-1q",
            "P4    | GRID P4-1Q          | p4-1q",
            "M60   | GRID M60-0B         | m60-0b",
            "RTX6000 | GRID RTX6000-4Q   | rtx6000-4q",
            "A100  | GRID A100-2-10C     | a100-2-10c",
            "A100  | GRID A100-7-40C     | a100-7-40c",
            "A100  | NVIDIA A100-4C      | a100-4c",
            "A100  | NVIDIA A100D-1-10C  | a100d-1-10c",
            "A16   | NVIDIA A16-2B       | a16-2b",
            "L40S  | NVIDIA L40S-48Q     | l40s-48q",
            "H200  | NVIDIA H200X-1-18C  | h200x-1-18c",
            "RTX 5000 Ada | NVIDIA RTX5000-Ada-4Q | rtx5000-ada-4q",
            "RTX PRO 6000 | NVIDIA RTX Pro 6000 Blackwell DC-4Q | rtx-pro-6000-blackwell-dc-4q",
            "T4    | GRID-1Q             | t4-1q",
            "UHD 630 | GVTg_V5_4         | uhd-630-gvtg-v5-4",
            "Iris Xe | GVTg_V5_8         | iris-xe-gvtg-v5-8",
    })
    void nameFor_realProfiles_givesReadableTag(String model, String profile, String expected) {
        assertThat(VgpuTagNamer.nameFor(model, profile)).isEqualTo(new TagName(expected));
    }

    @ParameterizedTest(name = "model \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "T4", "Tesla T4", "TU104GL [Tesla T4]", "NVIDIA Corporation TU104GL", "null"})
    void nameFor_profileNamingItsBoard_ignoresHowEachHostNamesTheModel(String model) {
        assertThat(VgpuTagNamer.nameFor(model, "GRID T4-1Q")).isEqualTo(new TagName("t4-1q"));
    }

    @Test
    void tagFor_givesVgpuTag() {
        assertThat(VgpuTagNamer.tagFor("A100", "NVIDIA A100-4C").toString()).isEqualTo("VGPU/a100-4c");
        assertThat(VgpuTagNamer.tagFor("A100", "NVIDIA A100-4C").kind()).isEqualTo(DeviceKind.VGPU);
    }

    @Test
    void nameFor_overlong_keepsAHeadAndAStableHashSuffix() {
        String model = "Accelerator Board With An Extremely Long Marketing Name";
        TagName first = VgpuTagNamer.nameFor(model, "Profile-Alpha");
        TagName again = VgpuTagNamer.nameFor(model, "Profile-Alpha");
        TagName other = VgpuTagNamer.nameFor(model, "Profile-Beta");

        assertThat(first.value()).hasSize(TagName.MAX_LENGTH).matches("[a-z0-9-]{39}-[0-9a-f]{8}")
                .startsWith("accelerator-board-with-an-extremely-lon");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(other.value()).startsWith("accelerator-board-with-an-extremely-lon");
    }

    @Test
    void nameFor_headEndingInHyphen_dropsTheHyphen() {
        // "aaaa...a-" cut at 39 characters ends in '-', which TagName forbids before the hash.
        TagName name = VgpuTagNamer.nameFor("x" + "a".repeat(37), "b-" + "c".repeat(20));

        assertThat(name.value()).matches("xa{37}-[0-9a-f]{8}");
    }

    @Test
    void nameFor_modelStartingWithDigit_prefixesGpu() {
        assertThat(VgpuTagNamer.nameFor("4090", "Profile A")).isEqualTo(new TagName("gpu-4090-profile-a"));
    }

    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of("T4", null, "vGPU profile name (none)"),
                Arguments.of("T4", "", "no letters or digits beyond the brand"),
                Arguments.of("T4", "GRID", "no letters or digits beyond the brand"),
                Arguments.of("T4", "NVIDIA GRID", "no letters or digits beyond the brand"),
                Arguments.of("T4", " - _ ", "no letters or digits beyond the brand"),
                Arguments.of("T4", "GRID T4-1Q\n", "printable ASCII"),
                Arguments.of("T4", "GRID T4-1Q\0", "printable ASCII"),
                Arguments.of("T4", "GRID \u0422\u0034-1Q", "\\x{0422}\" at position 6"),
                Arguments.of("T4", "GRID \uff34\uff14-1Q", "printable ASCII"),
                Arguments.of("T4", "GRID T4-1Q" + "x".repeat(200), "expected 1 to 128 characters"),
                Arguments.of(null, "GVTg_V5_4", "invalid GPU model (none): the vGPU profile \"GVTg_V5_4\" does not"),
                Arguments.of(null, "GRID-1Q", "does not name its board"),
                Arguments.of("", "GVTg_V5_4", "does not name its board"),
                Arguments.of("NVIDIA", "GVTg_V5_4", "does not name its board"),
                Arguments.of("T\u0131", "GVTg_V5_4", "printable ASCII"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("unusable")
    void nameFor_unusableInput_rejectedWithClearMessage(String model, String profile, String fragment) {
        assertThatThrownBy(() -> VgpuTagNamer.nameFor(model, profile))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7e]+"));
    }
}
