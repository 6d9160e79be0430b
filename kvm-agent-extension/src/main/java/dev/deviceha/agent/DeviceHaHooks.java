package dev.deviceha.agent;

import dev.deviceha.domainxml.DomainIdentity;
import dev.deviceha.prepare.ReleaseResult;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The entry points of the Groovy hook scripts the CloudStack agent runs. CloudStack swallows every exception of a
 * hook, so these never throw: the transformer refuses through libvirt instead, the state hooks log.
 */
public final class DeviceHaHooks {
    private static final Logger LOG = LogManager.getLogger(DeviceHaHooks.class);

    private DeviceHaHooks() {
    }

    public static String transform(String domainXml) {
        try {
            return DeviceHaAgent.shared().transform(domainXml);
        } catch (Exception e) {
            String reason = "device-ha cannot start: " + e.getMessage();
            LOG.error("Refusing every start until this is fixed: {}", reason, e);
            return StartRefusal.domainXml(nameOrUnknown(domainXml), reason);
        }
    }

    public static void onStart(String vmName) {
        try {
            DeviceHaAgent.shared().onStart(vmName);
        } catch (Exception e) {
            LOG.error("Could not mark the staged devices of {} as used: {}", vmName, e.getMessage(), e);
        }
    }

    public static void onStop(String vmName) {
        try {
            ReleaseResult result = DeviceHaAgent.shared().release(vmName);
            if (!result.succeeded()) {
                LOG.warn("Devices of {} not released: {}", vmName, result.failures());
            } else if (!result.released().isEmpty()) {
                LOG.info("Released devices of {}: {}", vmName, result.released());
            }
        } catch (Exception e) {
            LOG.error("Could not release the devices of {}: {}", vmName, e.getMessage(), e);
        }
    }

    private static String nameOrUnknown(String domainXml) {
        try {
            return DomainIdentity.of(domainXml).name();
        } catch (RuntimeException e) {
            return "(unknown domain)";
        }
    }
}
