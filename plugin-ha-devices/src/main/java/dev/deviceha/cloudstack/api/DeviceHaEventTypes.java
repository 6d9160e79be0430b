package dev.deviceha.cloudstack.api;

/** Event types of the device HA API, in CloudStack's OBJECT.ACTION style. */
public final class DeviceHaEventTypes {
    public static final String EVENT_DEVICES_REDISCOVER = "DEVICEHA.DEVICES.REDISCOVER";

    private DeviceHaEventTypes() {
    }
}
