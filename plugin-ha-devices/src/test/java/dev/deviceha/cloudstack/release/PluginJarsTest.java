package dev.deviceha.cloudstack.release;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginJarsTest {
    @Test
    void requirePresent_theRelocatedGsonIsOnTheClassPath_passes() {
        assertThatCode(PluginJars::requirePresent).doesNotThrowAnyException();
    }

    @Test
    void require_aMissingJar_namesTheJarToAdd() {
        assertThatThrownBy(() -> PluginJars.require("dev.deviceha.absent.Nothing", "device-ha-absent"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("device-ha-absent-<version>.jar is missing")
                .hasMessageContaining("beside plugin-ha-devices");
    }
}
