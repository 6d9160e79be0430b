package dev.deviceha.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SelectorInputTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "ens1f*, ens1f0, true",
            "ens1f*, ens1f, true",
            "ens1f*, ens2f0, false",
            "ens?f0, ens1f0, true",
            "ens?f0, ens10f0, false",
            "*np0, ens2f0np0, true",
            "*np0, ens2f0np1, false",
            "e*1*0, ens1f0, true",
            "ens1f0, ens1f0, true",
            "ens1f0, ENS1F0, false",
            "ens1f.0, ens1fx0, false",
            "*, eth0, true",
            "**?, a, true",
            "**?, '', false",
    })
    void netdevGlob_matchesOnlyStarAndQuestionMark(String pattern, String candidate, boolean expected) {
        assertThat(NetdevGlob.parse(pattern).matches(candidate)).isEqualTo(expected);
    }

    @Test
    void netdevGlob_pathologicalPattern_staysFast() {
        NetdevGlob glob = NetdevGlob.parse("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");

        assertThat(glob.matches("a".repeat(256))).isFalse();
        assertThat(glob.matches("a".repeat(100_000))).isFalse();
        assertThat(glob.matches(null)).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "0000:3b:*, 0000:3b:01.0, true",
            "0000:3B:*, 0000:3b:01.7, true",
            "0000:3b:*, 0000:af:00.2, false",
            "0000:af:0?.?, 0000:af:00.2, true",
            "*.1, 0000:3b:00.1, true",
            "0000:3B:00.1, 0000:3b:00.1, true",
            "0000:3b:00.1, 0000:3b:00.2, false",
    })
    void pciAddressGlob_matchesCanonicalForm(String pattern, String address, boolean expected) {
        assertThat(PciAddressGlob.parse(pattern).matches(PciAddress.parse(address))).isEqualTo(expected);
    }

    @Test
    void pciAddressGlob_exactAddressInUpperCase_isStoredCanonical() {
        assertThat(PciAddressGlob.parse("0000:3B:00.1").pattern()).isEqualTo("0000:3b:00.1");
    }

    static Stream<Arguments> badCriteria() {
        return Stream.of(
                bad("vendor id", b -> b.vendorId("80861"), "invalid PCI id"),
                bad("vendor id", b -> b.vendorId("zzzz"), "invalid PCI id"),
                bad("vendor id", b -> b.vendorId(" 8086"), "invalid PCI id"),
                bad("vendor id", b -> b.vendorId("\uff18086"), "invalid PCI id"),
                bad("product id", b -> b.productId("' OR 1=1 --"), "invalid PCI id"),
                bad("product id", b -> b.productId(null), "invalid PCI id (none)"),
                bad("netdev", b -> b.netdev("ens1f[0-3]"), "invalid interface name glob"),
                bad("netdev", b -> b.netdev("(a+)+$"), "invalid interface name glob"),
                bad("netdev", b -> b.netdev("ens1f\\d"), "invalid interface name glob"),
                bad("netdev", b -> b.netdev("../eth0"), "invalid interface name glob"),
                bad("netdev", b -> b.netdev("eth0 "), "invalid interface name glob"),
                bad("netdev", b -> b.netdev(""), "invalid interface name glob"),
                bad("netdev", b -> b.netdev("e".repeat(65)), "invalid interface name glob"),
                bad("address", b -> b.address("0000:3b:00.8"), "invalid PCI address"),
                bad("address", b -> b.address("3b:00.1"), "invalid PCI address"),
                bad("address", b -> b.address("0000:3b:*/.."), "invalid PCI address glob"),
                bad("address", b -> b.address("0000:3g:*"), "invalid PCI address glob"),
                bad("address", b -> b.address("0000:３b:*"), "invalid PCI address glob"),
                bad("host", b -> b.hostUuid("1-1-1-1-1"), "invalid host UUID"),
                bad("host", b -> b.hostUuid("6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b1"), "invalid host UUID"),
                bad("cluster", b -> b.clusterUuid("c1a55e00-0000-4000-8000-00000000000a\n"), "invalid cluster UUID"),
                bad("nothing", b -> { }, "give at least one of"));
    }

    private static Arguments bad(String criterion, Consumer<DeviceSelector.Builder> input, String fragment) {
        return Arguments.of(criterion, input, fragment);
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @MethodSource("badCriteria")
    void builder_hostileCriterion_rejected(String criterion, Consumer<DeviceSelector.Builder> input, String fragment) {
        assertThatThrownBy(() -> {
            DeviceSelector.Builder builder = DeviceSelector.builder();
            input.accept(builder);
            builder.build();
        }).isInstanceOf(InvalidValueException.class).hasMessageContaining(fragment);
    }

    @Test
    void builder_acceptedForms_normalised() {
        DeviceSelector selector = DeviceSelector.builder().vendorId("0x8086").productId("159B")
                .hostUuid("6F1C7C1E-1D6E-4A57-9A53-2F0E8F6C9B10").build();

        assertThat(selector.vendorId().value()).isEqualTo("8086");
        assertThat(selector.productId().value()).isEqualTo("159b");
        assertThat(selector.hostUuid()).isEqualTo(UUID.fromString("6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b10"));
    }

    @Test
    void tagRule_generatedKindOrPriorityOutOfRange_rejected() {
        DeviceSelector any = DeviceSelector.builder().vendorId("10de").build();
        UUID id = new UUID(0, 1);

        assertThatThrownBy(() -> new TagRule(id, TagRef.of(DeviceKind.VGPU, "t4-1q"), any, 100))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("generated");
        assertThatThrownBy(() -> new TagRule(id, TagRef.of(DeviceKind.PCI, "gpu"), any, 1001))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0 to 1000");
        assertThatThrownBy(() -> new TagRule(id, TagRef.of(DeviceKind.PCI, "gpu"), any, -1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0 to 1000");
    }
}
