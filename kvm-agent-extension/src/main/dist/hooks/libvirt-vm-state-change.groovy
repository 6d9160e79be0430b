// CloudStack Device HA: marks a VM's staged devices as used once it runs, and releases them after it stopped.
// The agent's LibvirtKvmAgentHook evaluates this script and calls onStart(logger, vmName) / onStop(logger, vmName).
// All logic lives in the device-ha jars in /usr/share/cloudstack-agent/plugins.
import dev.deviceha.agent.DeviceHaHooks

class DeviceHaVmStateChange {
    void onStart(Object logger, String vmName) {
        DeviceHaHooks.onStart(vmName)
    }

    void onStop(Object logger, String vmName) {
        DeviceHaHooks.onStop(vmName)
    }
}

new DeviceHaVmStateChange()
