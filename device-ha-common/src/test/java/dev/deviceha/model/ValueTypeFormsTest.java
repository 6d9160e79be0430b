package dev.deviceha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical and accepted forms of each value type, and the near-valid forms each grammar refuses. */
class ValueTypeFormsTest {
    private static final Map<String, Function<String, Object>> PARSERS = ValueParser.all().stream()
            .collect(Collectors.toMap(ValueParser::label, ValueParser::parse));

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "PciAddress.parse | 0000:3b:00.1 | 0000:3b:00.1",
            "PciAddress.parse | 0000:3B:00.1 | 0000:3b:00.1",
            "PciAddress.parse | FFFF:FF:1F.7 | ffff:ff:1f.7",
            "PciAddress.parse | 0001:00:00.0 | 0001:00:00.0",
            "MdevUuid.parse | 0B0C2F8E-8C1F-4D3A-9D1E-6D7B1F2A3C4D | 0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4d",
            "CanonicalUuid.parse | 6F1C7C1E-1D6E-4A57-9A53-2F0E8F6C9B10 | 6f1c7c1e-1d6e-4a57-9a53-2f0e8f6c9b10",
            "MdevTypeId.parse | nvidia-230 | nvidia-230",
            "MdevTypeId.parse | hct-1 | hct-1",
            "MdevTypeId.parse | i915-GVTg_V5_4 | i915-GVTg_V5_4",
            "MacAddress.parse | 02:AE:00:00:00:01 | 02:ae:00:00:00:01",
            "MacAddress.parse | 3c:fd:fe:a1:b2:c3 | 3c:fd:fe:a1:b2:c3",
            "MacPrefix.parse | 02:DC | 02:dc",
            "MacPrefix.parse | 0a:00:00:00:01 | 0a:00:00:00:01",
            "VlanId.parse | 1 | 1",
            "VlanId.parse | 4094 | 4094",
            "TagName.parse | a | a",
            "TagName.parse | grid-t4-1q | grid-t4-1q",
            "TagName.parse | trading-net-2 | trading-net-2",
            "TagName.parse | abcdefghijklmnopqrstuvwxyz-0123456789-abcdefghij | abcdefghijklmnopqrstuvwxyz-0123456789-abcdefghij",
            "TagRef.parse | SRIOV_VF/trading-net | SRIOV_VF/trading-net",
            "TagRef.parse | sriov_vf/trading-net | SRIOV_VF/trading-net",
            "TagRef.parse | vgpu/t4-1q | VGPU/t4-1q",
            "DeviceKind.parse | SRIOV_VF | SRIOV_VF",
            "DeviceKind.parse | hct | HCT",
            "DeviceKind.parse | pci | PCI",
            "NumaPolicy.parse | none | NONE",
            "NumaPolicy.parse | REQUIRED | REQUIRED",
            "PciId.parse | 10DE | 10de",
            "PciId.parse | 0x8086 | 8086",
    })
    void parse_acceptedForm_givesCanonicalValue(String parser, String input, String canonical) {
        Object parsed = PARSERS.get(parser).apply(input);

        assertThat(parsed.toString()).isEqualTo(canonical);
        assertThat(PARSERS.get(parser).apply(canonical)).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "{0}({1}): {2}")
    @CsvSource(delimiter = '|', value = {
            "PciAddress.parse | 0000:3b:20.0 | slot must be at most 1f",
            "PciAddress.parse | 0000:3b:00.8 | expected dddd:bb:ss.f",
            "PciAddress.parse | 000:3b:00.1 | expected dddd:bb:ss.f",
            "PciAddress.parse | 0000:3b:00 | expected dddd:bb:ss.f",
            "PciAddress.parse | 0000.3b.00.1 | expected dddd:bb:ss.f",
            "PciAddress.parse | pci_0000_3b_00_1 | expected dddd:bb:ss.f",
            "MdevUuid.parse | 1-1-1-1-1 | 8-4-4-4-12",
            "MdevUuid.parse | 0b0c2f8e8c1f4d3a9d1e6d7b1f2a3c4d | 8-4-4-4-12",
            "MdevUuid.parse | {0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4} | 8-4-4-4-12",
            "new MdevUuid | 0B0C2F8E-8C1F-4D3A-9D1E-6D7B1F2A3C4D | canonical lower-case",
            "CanonicalUuid.parse | 1-1-1-1-1 | 8-4-4-4-12",
            "CanonicalUuid.parse | 6f1c7c1e1d6e4a579a532f0e8f6c9b10 | 8-4-4-4-12",
            "MdevTypeId.parse | -nvidia | letters, digits",
            "MdevTypeId.parse | nvidia.230 | letters, digits",
            "MacAddress.parse | 01:00:5e:00:00:01 | multicast",
            "MacAddress.parse | 00:00:00:00:00:00 | all-zero",
            "MacAddress.parse | 02-ae-00-00-00-01 | six lower-case hex octets",
            "MacAddress.parse | 02ae.0000.0001 | aa:bb:cc:dd:ee:ff",
            "new MacAddress | 02:AE:00:00:00:01 | six lower-case hex octets",
            "VlanId.parse | 0 | 1 to 4094",
            "VlanId.parse | 4095 | 1 to 4094",
            "VlanId.parse | 0100 | 1 to 4094",
            "VlanId.parse | +100 | 1 to 4094",
            "VlanId.parse | -1 | 1 to 4094",
            "VlanId.parse | 1e3 | 1 to 4094",
            "TagName.parse | abcdefghijklmnopqrstuvwxyz-0123456789-abcdefghijk | at most 48",
            "TagName.parse | -trading | starting with a letter",
            "TagName.parse | trading- | single '-'",
            "TagName.parse | trading--net | single '-'",
            "TagName.parse | 2fast | starting with a letter",
            "TagName.parse | Trading-Net | lower-case",
            "TagName.parse | trading_net | lower-case",
            "TagRef.parse | SRIOV_VF/ | invalid tag name",
            "TagRef.parse | /trading-net | invalid device kind",
            "TagRef.parse | SRIOV_VF//trading-net | invalid tag name",
            "TagRef.parse | SRIOV_VF/a/b | invalid tag name",
            "TagRef.parse | trading-net | expected KIND/name",
            "DeviceKind.parse | Pci | expected one of",
            "DeviceKind.parse | GPU | expected one of",
            "NumaPolicy.parse | Required | expected none, preferred or required",
            "PciId.parse | 0X8086 | 4 hex digits",
            "PciId.parse | 808 | 4 hex digits",
            "PciId.parse | 0x808 | 4 hex digits",
    })
    void parse_nearValidForm_rejectedWithReason(String parser, String input, String reason) {
        assertThatThrownBy(() -> PARSERS.get(parser).apply(input))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(reason);
    }
}
