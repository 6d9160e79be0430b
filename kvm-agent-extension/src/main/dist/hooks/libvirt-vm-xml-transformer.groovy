// CloudStack Device HA: attaches a VM's staged host devices to the domain XML the KVM agent built.
// The agent's LibvirtKvmAgentHook evaluates this script and calls transform(logger, xml) on the object it returns.
// All logic lives in the device-ha jars in /usr/share/cloudstack-agent/plugins.
import dev.deviceha.agent.DeviceHaHooks

class DeviceHaXmlTransformer {
    String transform(Object logger, String xml) {
        return DeviceHaHooks.transform(xml)
    }
}

new DeviceHaXmlTransformer()
