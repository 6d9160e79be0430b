package dev.deviceha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.model.tag.VgpuTagNamer;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing and formatting must not depend on the JVM's default locale: in Turkish "pci".toUpperCase() is "PC\u0130"
 * and "GRID".toLowerCase() is "gr\u0131d"; with Thai digits a locale-aware %d would print non-ASCII digits.
 */
class DefaultLocaleIndependenceTest {
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "az-AZ", "th-TH-u-nu-thai", "ar-EG"})
    void parseAndFormat_underDefaultLocale_behaveAsInRoot(String languageTag) {
        Locale.setDefault(Locale.forLanguageTag(languageTag));

        assertThat(DeviceKind.parse("pci")).isEqualTo(DeviceKind.PCI);
        assertThat(DeviceKind.parse("sriov_vf")).isEqualTo(DeviceKind.SRIOV_VF);
        assertThat(NumaPolicy.parse("required")).isEqualTo(NumaPolicy.REQUIRED);
        assertThat(NumaPolicy.PREFERRED.canonical()).isEqualTo("preferred");
        assertThat(TagRef.parse("hct/sm-crypto").toString()).isEqualTo("HCT/sm-crypto");
        assertThat(MacAddress.parse("02:AE:00:00:00:1F").toString()).isEqualTo("02:ae:00:00:00:1f");
        assertThat(MacAddress.fromLong(0x02ae_0000_0001L).toString()).isEqualTo("02:ae:00:00:00:01");
        assertThat(MdevUuid.parse("0B0C2F8E-8C1F-4D3A-9D1E-6D7B1F2A3C4D").toString())
                .isEqualTo("0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4d");
        assertThat(PciAddress.parse("0000:3B:1F.7").toString()).isEqualTo("0000:3b:1f.7");
        assertThat(MacPrefix.parse("02:DC").nth(300).toString()).isEqualTo("02:dc:00:00:01:2c");
        assertThat(VgpuTagNamer.nameFor("T4", "GRID T4-1Q").value()).isEqualTo("t4-1q");
        assertThat(VgpuTagNamer.nameFor("UHD 630", "GVTG_V5_4").value()).isEqualTo("uhd-630-gvtg-v5-4");
        String requests = "SRIOV_VF/trading-net;count=12;vlan=1234;trust=on;numa=required,vgpu/a100-4c";
        assertThat(DeviceRequests.parse(requests).format())
                .isEqualTo("SRIOV_VF/trading-net;count=12;vlan=1234;trust=on;numa=required,VGPU/a100-4c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC\u0130", "pc\u0131", "SR\u0130OV_VF", "sr\u0131ov_vf", "\u017friov_vf", "HC\u0162"})
    void deviceKindParse_turkishLocaleLookAlike_rejected(String lookAlike) {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        assertThatThrownBy(() -> DeviceKind.parse(lookAlike))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("invalid device kind \"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REQU\u0130RED", "requ\u0131red", "PREFERRED\u0130", "NON\u0395"})
    void numaPolicyParse_turkishLocaleLookAlike_rejected(String lookAlike) {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        assertThatThrownBy(() -> NumaPolicy.parse(lookAlike))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("invalid NUMA policy \"");
    }
}
