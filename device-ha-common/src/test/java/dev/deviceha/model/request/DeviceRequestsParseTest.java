package dev.deviceha.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceRequestsParseTest {

    @Test
    void parse_documentedExample_readsBothRequestsInOrder() {
        DeviceRequests parsed = DeviceRequests.parse("SRIOV_VF/trading-net;count=2;vlan=100;numa=required,HCT/sm-crypto");

        assertThat(parsed.requests()).containsExactly(
                DeviceRequest.builder(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"))
                        .count(2).vlan(new VlanId(100)).numa(NumaPolicy.REQUIRED).build(),
                DeviceRequest.of(TagRef.of(DeviceKind.HCT, "sm-crypto"), 1));
        assertThat(parsed.deviceCount()).isEqualTo(3);
    }

    @Test
    void parse_everySriovOption_setsEachField() {
        DeviceRequest request = DeviceRequests.parse(
                "SRIOV_VF/md-feed;count=3;vlan=4094;trust=on;spoofchk=off;numa=preferred;mac=02:dc:00:00:00:01|02:dc:00:00:00:02")
                .requests().get(0);

        assertThat(request.count()).isEqualTo(3);
        assertThat(request.vlan()).isEqualTo(new VlanId(4094));
        assertThat(request.trust()).isTrue();
        assertThat(request.spoofCheck()).isFalse();
        assertThat(request.numa()).isEqualTo(NumaPolicy.PREFERRED);
        assertThat(request.macs()).containsExactly(
                new MacAddress("02:dc:00:00:00:01"), new MacAddress("02:dc:00:00:00:02"));
    }

    @Test
    void parse_noOptions_appliesDefaults() {
        DeviceRequest request = DeviceRequests.parse("VGPU/a100-4c").requests().get(0);

        assertThat(request).isEqualTo(new DeviceRequest(TagRef.of(DeviceKind.VGPU, "a100-4c"), 1, NumaPolicy.NONE,
                null, null, null, List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "sriov_vf/trading-net => SRIOV_VF/trading-net",
            "SRIOV_VF/trading-net;count=1;numa=none => SRIOV_VF/trading-net",
            "SRIOV_VF/a;numa=REQUIRED;count=2 => SRIOV_VF/a;count=2;numa=required",
            "SRIOV_VF/a;mac=02:DC:00:00:00:0A => SRIOV_VF/a;mac=02:dc:00:00:00:0a",
            "SRIOV_VF/a;spoofchk=on;trust=off;vlan=7 => SRIOV_VF/a;vlan=7;trust=off;spoofchk=on",
            "HCT/sm-crypto,PCI/nvme-fast;count=2 => HCT/sm-crypto,PCI/nvme-fast;count=2",
    })
    void format_acceptedForm_givesCanonicalForm(String accepted, String canonical) {
        assertThat(DeviceRequests.parse(accepted).format()).isEqualTo(canonical);
        assertThat(DeviceRequests.parse(canonical).format()).isEqualTo(canonical);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "no request given"),
                Arguments.of("", "no request given"),
                Arguments.of("SRIOV_VF/a,", "device request 2"),
                Arguments.of(",SRIOV_VF/a", "device request 1"),
                Arguments.of("SRIOV_VF/a,,HCT/b", "device request 2"),
                Arguments.of("SRIOV_VF/a;", "a ';' too many"),
                Arguments.of("SRIOV_VF/a;;count=2", "a ';' too many"),
                Arguments.of("SRIOV_VF/a;count", "is not key=value"),
                Arguments.of("SRIOV_VF/a;=2", "is not key=value"),
                Arguments.of("SRIOV_VF/a;colour=red", "unknown option \"colour\""),
                Arguments.of("SRIOV_VF/a;COUNT=2", "unknown option \"COUNT\""),
                Arguments.of("SRIOV_VF/a;count=2;count=3", "option count is given twice"),
                Arguments.of("SRIOV_VF/a;count=0", "invalid device count \"0\""),
                Arguments.of("SRIOV_VF/a;count=17", "invalid device count \"17\""),
                Arguments.of("SRIOV_VF/a;count=02", "invalid device count \"02\""),
                Arguments.of("SRIOV_VF/a;count=", "invalid device count \"\""),
                Arguments.of("SRIOV_VF/a;count=-1", "invalid device count \"-1\""),
                Arguments.of("SRIOV_VF/a;count=1=1", "invalid device count \"1=1\""),
                Arguments.of("SRIOV_VF/a;vlan=0", "invalid VLAN id"),
                Arguments.of("SRIOV_VF/a;vlan=4095", "invalid VLAN id"),
                Arguments.of("SRIOV_VF/a;trust=yes", "invalid trust setting \"yes\""),
                Arguments.of("SRIOV_VF/a;spoofchk=ON", "invalid spoofchk setting \"ON\""),
                Arguments.of("SRIOV_VF/a;numa=strict", "invalid NUMA policy \"strict\""),
                Arguments.of("SRIOV_VF/a;mac=02:dc:00:00:00:01|02:dc:00:00:00:02", "2 MACs for 1 devices"),
                Arguments.of("SRIOV_VF/a;count=2;mac=02:dc:00:00:00:01|", "invalid MAC address \"\""),
                Arguments.of("SRIOV_VF/a;count=2;mac=02:dc:00:00:00:01|02:dc:00:00:00:01", "the same MAC"),
                Arguments.of("SRIOV_VF/a;mac=01:00:5e:00:00:01", "multicast"),
                Arguments.of("SRIOV_VF/a;mac=02:dc:00:00:00:01,SRIOV_VF/b;mac=02:dc:00:00:00:01",
                        "request 1 already uses this MAC"),
                Arguments.of("HCT/sm-crypto;vlan=100", "option vlan applies to SRIOV_VF requests only, not HCT"),
                Arguments.of("VGPU/t4-1q;trust=on", "option trust applies to SRIOV_VF requests only"),
                Arguments.of("PCI/nvme;spoofchk=off", "option spoofchk applies to SRIOV_VF requests only"),
                Arguments.of("VGPU/t4-1q;mac=02:dc:00:00:00:01", "option mac applies to SRIOV_VF requests only"),
                Arguments.of("SRIOV_VF/a,HCT/b,SRIOV_VF/a", "request 1 already asks for this tag"),
                Arguments.of("SRIOV_VF/a,sriov_vf/a", "request 1 already asks for this tag"),
                Arguments.of("trading-net", "expected KIND/name"),
                Arguments.of("NIC/trading-net", "invalid device kind \"NIC\""),
                Arguments.of("Sriov_Vf/trading-net", "invalid device kind"),
                Arguments.of("SRIOV_VF/", "invalid tag name \"\""),
                Arguments.of("SRIOV_VF/Trading-Net", "invalid tag name"),
                Arguments.of("SRIOV_VF/../etc", "position 10"),
                Arguments.of("SRIOV_VF/a/b", "invalid tag name \"a/b\""),
                Arguments.of(" SRIOV_VF/a", "character \" \" at position 1 (request 1)"),
                Arguments.of("SRIOV_VF/a, HCT/b", "character \" \" at position 12 (request 2)"),
                Arguments.of("SRIOV_VF/a;count=2 ", "at position 19"),
                Arguments.of("SRIOV_VF/a;count =2", "at position 17"),
                Arguments.of("SRIOV_VF/a\tHCT/b", "character \"\\x{0009}\""),
                Arguments.of("SRIOV_VF/a\nHCT/b", "character \"\\x{000a}\""),
                Arguments.of("SRIOV_VF/a\r", "character \"\\x{000d}\""),
                Arguments.of("SRIOV_VF/a\0", "character \"\\x{0000}\""),
                Arguments.of("SRIOV_VF/a\u00a0", "character \"\\x{00a0}\""),
                Arguments.of("SRIOV_VF/a;count=\uff12", "character \"\\x{ff12}\""),
                Arguments.of("SRIOV_VF/tr\u0430ding", "character \"\\x{0430}\""),
                Arguments.of("SR\u0131OV_VF/a", "character \"\\x{0131}\""),
                Arguments.of("SRIOV_VF/a;vlan=100' OR 1=1 --", "character \"'\""),
                Arguments.of("SRIOV_VF/<a>", "character \"<\""),
                Arguments.of("SRIOV_VF/a&b", "character \"&\""),
                Arguments.of("SRIOV_VF/\"a\"", "character \"\\\"\""),
                Arguments.of("SRIOV_VF/" + "a".repeat(1100), "longer than 1024 characters"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("rejected")
    void parse_malformed_rejectedWithMessageNamingTheFault(String text, String fragment) {
        assertThatThrownBy(() -> DeviceRequests.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7e]+").hasSizeLessThan(600));
    }

    @Test
    void parse_exactlyMaxLength_acceptedAndOneMoreRejected() {
        // 17 requests of 57 characters, 17 commas and a last request of 38: 1024 characters.
        StringBuilder text = new StringBuilder();
        for (char last = 'a'; last < 'a' + 17; last++) {
            text.append("SRIOV_VF/").append("v".repeat(47)).append(last).append(',');
        }
        text.append("PCI/").append("p".repeat(34));
        String max = text.toString();
        assertThat(max).hasSize(DeviceRequests.MAX_LENGTH);

        assertThat(DeviceRequests.parse(max).format()).isEqualTo(max);
        assertThatThrownBy(() -> DeviceRequests.parse(max + "p"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("longer than 1024");
    }
}
