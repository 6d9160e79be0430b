package dev.deviceha.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.sysfs.PassthroughDrivers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentSettingsTest {
    @Test
    void from_emptyProperties_usesTheHostDefaults() {
        AgentSettings settings = AgentSettings.from(new Properties());

        assertThat(settings).isEqualTo(new AgentSettings(Path.of("/var/lib/cloudstack/device-ha"), Path.of("/sys"),
                "qemu:///system", Duration.ofMinutes(10), PassthroughDrivers.NO_HOST_DRIVERS,
                Path.of("/usr/sbin/ip")));
    }

    @Test
    void from_agentProperties_readsEveryKey() {
        Properties properties = new Properties();
        properties.setProperty(AgentSettings.STATE_DIR, "/srv/device-ha ");
        properties.setProperty(AgentSettings.SYSFS_ROOT, "/host/sys");
        properties.setProperty(AgentSettings.LIBVIRT_URI, "qemu+unix:///system");
        properties.setProperty(AgentSettings.STAGE_TTL_SECONDS, "120");
        properties.setProperty(AgentSettings.ALLOWED_DRIVERS, " igb, mlx5_core,,");
        properties.setProperty(AgentSettings.IP_COMMAND, "/sbin/ip");

        assertThat(AgentSettings.from(properties)).isEqualTo(new AgentSettings(Path.of("/srv/device-ha"),
                Path.of("/host/sys"), "qemu+unix:///system", Duration.ofSeconds(120),
                new PassthroughDrivers(Set.of("igb", "mlx5_core")), Path.of("/sbin/ip")));
    }

    @Test
    void from_driverNameThatCouldBeAPath_namesTheKey() {
        Properties properties = new Properties();
        properties.setProperty(AgentSettings.ALLOWED_DRIVERS, "igb,../../bin/sh");

        assertThatThrownBy(() -> AgentSettings.from(properties)).hasMessageContaining(AgentSettings.ALLOWED_DRIVERS)
                .hasMessageContaining("invalid driver name");
    }

    /** agent.properties also holds CloudStack's keystore passphrase: settings and their errors never carry it. */
    @Test
    void otherAgentPropertiesNeverReachTheSettingsNorTheirErrors() {
        Properties properties = new Properties();
        properties.setProperty("keystore.passphrase", "s3cr3t-passphrase");

        assertThat(AgentSettings.from(properties).toString()).doesNotContain("s3cr3t");
        properties.setProperty(AgentSettings.STAGE_TTL_SECONDS, "soon");
        assertThatThrownBy(() -> AgentSettings.from(properties)).message().doesNotContain("s3cr3t");
    }

    @Test
    void from_invalidTimeToLive_namesTheKey() {
        Properties properties = new Properties();
        properties.setProperty(AgentSettings.STAGE_TTL_SECONDS, "0");

        assertThatThrownBy(() -> AgentSettings.from(properties)).hasMessageContaining(AgentSettings.STAGE_TTL_SECONDS);
    }
}
