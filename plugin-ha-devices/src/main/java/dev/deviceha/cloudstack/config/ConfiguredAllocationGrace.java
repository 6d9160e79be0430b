package dev.deviceha.cloudstack.config;

import java.time.Duration;
import java.util.function.Supplier;

/** The allocation grace setting as inventory reconciliation reads it: on every report. */
public class ConfiguredAllocationGrace implements Supplier<Duration> {
    @Override
    public Duration get() {
        return DeviceHaSettings.seconds(DeviceHaSettings.ALLOCATION_GRACE);
    }
}
