package dev.deviceha.cloudstack.release;

/**
 * The plugin's jars beside plugin-ha-devices that nothing else would name at start: the relocated Gson that agent
 * commands travel in ships as a jar of its own, and without it the first rediscover would fail with a bare class
 * name. Checked once as the plugin starts, so that an incomplete install stops there with the jar to add.
 */
public final class PluginJars {
    static final String SHADED_GSON = "dev.deviceha.shaded.gson.Gson";

    private PluginJars() {
    }

    public static void requirePresent() {
        require(SHADED_GSON, "device-ha-gson");
    }

    static void require(String className, String jar) {
        try {
            Class.forName(className, false, PluginJars.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Device HA cannot start: " + jar + "-<version>.jar is missing from the"
                    + " management server's class path; put it beside plugin-ha-devices and device-ha-common"
                    + " (docs/install.md)", e);
        }
    }
}
