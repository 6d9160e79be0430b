package dev.deviceha.notice;

import java.util.Objects;

/**
 * What the plugin tells operators about an event: an alert's subject and body (and the description of the matching
 * CloudStack event). The text is the product here, so it names the VM, the hosts and each {@code KIND/tag}.
 *
 * @param kind   which event it is, for routing to an alert type
 * @param zoneId the zone the alert belongs to
 */
public record Notice(Kind kind, long zoneId, String subject, String body) {
    public enum Kind {
        HA_RESTARTED,
        HA_RESTART_FAILED,
        PROTECTION_LOST,
        PROTECTION_REGAINED,
        FAILOVER_LOST,
        FAILOVER_REGAINED,
        DEVICE_VANISHED
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
