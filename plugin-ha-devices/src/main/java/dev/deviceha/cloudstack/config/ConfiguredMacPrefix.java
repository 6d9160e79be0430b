package dev.deviceha.cloudstack.config;

import dev.deviceha.model.MacPrefix;
import java.util.function.Supplier;

/** The MAC prefix setting as the identity service reads it: on every new MAC. */
public class ConfiguredMacPrefix implements Supplier<MacPrefix> {
    @Override
    public MacPrefix get() {
        return DeviceHaSettings.macPrefix();
    }
}
