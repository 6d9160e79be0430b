package dev.deviceha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MacPrefixTest {

    @ParameterizedTest(name = "{0} #{1} = {2}")
    @CsvSource({
            "02:dc, 0, 02:dc:00:00:00:00",
            "02:dc, 1, 02:dc:00:00:00:01",
            "02:dc, 4294967295, 02:dc:ff:ff:ff:ff",
            "02:DC:0A, 258, 02:dc:0a:00:01:02",
            "fe, 1099511627775, fe:ff:ff:ff:ff:ff",
            "0a:00:00:00:01, 255, 0a:00:00:00:01:ff",
    })
    void nth_indexUnderPrefix_isPrefixFollowedByIndex(String prefix, long n, String mac) {
        MacPrefix parsed = MacPrefix.parse(prefix);

        MacAddress derived = parsed.nth(n);

        assertThat(derived).isEqualTo(new MacAddress(mac));
        assertThat(derived.isLocallyAdministered()).isTrue();
        assertThat(parsed.contains(derived)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"02, 1099511627776", "02:dc, 4294967296", "02:dc:00:00:01, 256"})
    void capacity_dependsOnFreeOctets(String prefix, long capacity) {
        MacPrefix parsed = MacPrefix.parse(prefix);

        assertThat(parsed.capacity()).isEqualTo(capacity);
        assertThatThrownBy(() -> parsed.nth(capacity))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MAC index");
        assertThatThrownBy(() -> parsed.nth(-1)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"02:dc, 02:dd:00:00:00:01", "02:dc, 06:dc:00:00:00:01", "02:dc:01, 02:dc:00:01:00:00"})
    void contains_macOutsidePrefix_false(String prefix, String mac) {
        assertThat(MacPrefix.parse(prefix).contains(new MacAddress(mac))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:dc", "00", "3c:fd", "a4:bf:01"})
    void parse_universallyAdministered_rejected(String prefix) {
        assertThatThrownBy(() -> MacPrefix.parse(prefix))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("locally administered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03:dc", "01", "ff:ff"})
    void parse_multicast_rejected(String prefix) {
        assertThatThrownBy(() -> MacPrefix.parse(prefix))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("unicast");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02:dc:00:00:00:01", "02:dc:", ":02", "2:dc", "02-dc", "02dc", "02:dc:0g", ""})
    void parse_notOneToFiveOctets_rejected(String prefix) {
        assertThatThrownBy(() -> MacPrefix.parse(prefix))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("invalid MAC prefix");
    }
}
