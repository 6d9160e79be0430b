package dev.deviceha.agent;

import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.prepare.VfLinkSettings;
import dev.deviceha.sysfs.PassthroughDrivers;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The extension's settings, read from the agent's own {@code agent.properties} so that an operator configures the
 * agent in one place. Every key is optional; the sysfs root and libvirt URI default to discovery's
 * ({@link HostDeviceDiscovery#DEFAULT_SYSFS_ROOT}, {@link HostDeviceDiscovery#DEFAULT_LIBVIRT_URI}), so the agent and
 * {@code device-ha discover} look at the same host unless told otherwise.
 *
 * @param stateDirectory   where staged assignments and the ledger of created devices live
 * @param sysfsRoot        the sysfs mount; nothing outside it is read or written
 * @param libvirtUri       the libvirt connection used to see which domains hold which devices
 * @param stageTimeToLive  how long a staged assignment waits for its start
 * @param passthroughDrivers the host drivers whose whole devices may be offered and passed (none by default)
 * @param ipCommand        iproute2's {@code ip}, which sets a VF's trust and spoof checking on its PF
 */
public record AgentSettings(Path stateDirectory, Path sysfsRoot, String libvirtUri, Duration stageTimeToLive,
                            PassthroughDrivers passthroughDrivers, Path ipCommand) {
    public static final String AGENT_PROPERTIES = "/etc/cloudstack/agent/agent.properties";
    /** A JVM system property that points at another properties file, for tests and unusual installs. */
    public static final String PROPERTIES_OVERRIDE = "deviceha.agent.properties";

    public static final String STATE_DIR = "device-ha.state.dir";
    public static final String SYSFS_ROOT = "device-ha.sysfs.root";
    public static final String LIBVIRT_URI = "device-ha.libvirt.uri";
    public static final String STAGE_TTL_SECONDS = "device-ha.stage.ttl.seconds";
    public static final String ALLOWED_DRIVERS = "device-ha.pci.allowed-drivers";
    public static final String IP_COMMAND = "device-ha.ip.command";

    public static AgentSettings load() throws IOException {
        Path file = Path.of(System.getProperty(PROPERTIES_OVERRIDE, AGENT_PROPERTIES));
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return from(properties);
    }

    private static Path ipCommand(Properties properties) {
        Path ip = Path.of(properties.getProperty(IP_COMMAND, VfLinkSettings.DEFAULT_IP_COMMAND.toString()).trim());
        if (!ip.isAbsolute()) {
            throw new IllegalArgumentException(IP_COMMAND + " must be an absolute path, not " + ip);
        }
        return ip;
    }

    public static AgentSettings from(Properties properties) {
        String ttl = properties.getProperty(STAGE_TTL_SECONDS, "600").trim();
        long seconds;
        try {
            seconds = Long.parseLong(ttl);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(STAGE_TTL_SECONDS + " must be a number of seconds, not " + ttl);
        }
        if (seconds < 1) {
            throw new IllegalArgumentException(STAGE_TTL_SECONDS + " must be at least 1");
        }
        PassthroughDrivers drivers;
        try {
            drivers = PassthroughDrivers.parse(properties.getProperty(ALLOWED_DRIVERS, ""));
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(ALLOWED_DRIVERS + ": " + e.getMessage(), e);
        }
        return new AgentSettings(
                Path.of(properties.getProperty(STATE_DIR, "/var/lib/cloudstack/device-ha").trim()),
                Path.of(properties.getProperty(SYSFS_ROOT, HostDeviceDiscovery.DEFAULT_SYSFS_ROOT.toString()).trim()),
                properties.getProperty(LIBVIRT_URI, HostDeviceDiscovery.DEFAULT_LIBVIRT_URI).trim(),
                Duration.ofSeconds(seconds), drivers, ipCommand(properties));
    }
}
