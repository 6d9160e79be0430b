package dev.deviceha.cloudstack.api;

import com.cloud.utils.component.PluggableService;
import java.util.List;

/** Registers the device HA API commands with CloudStack's API server. */
public class DeviceHaApiCommands implements PluggableService {
    @Override
    public List<Class<?>> getCommands() {
        return List.of(
                CreateDeviceTagCmd.class,
                ListDeviceTagsCmd.class,
                UpdateDeviceTagCmd.class,
                DeleteDeviceTagCmd.class,
                CreateDeviceTagRuleCmd.class,
                ListDeviceTagRulesCmd.class,
                DeleteDeviceTagRuleCmd.class,
                ListDevicesCmd.class,
                RediscoverDevicesCmd.class,
                AssignDeviceTagCmd.class,
                UnassignDeviceTagCmd.class,
                AddDeviceRequestCmd.class,
                RemoveDeviceRequestCmd.class,
                ListDeviceRequestsCmd.class,
                ListDeviceHaReadinessCmd.class,
                ListDeviceFailoverCapacityCmd.class,
                ListDeviceHaWhatIfCmd.class);
    }
}
