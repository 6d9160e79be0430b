package dev.deviceha.cloudstack.config;

import dev.deviceha.model.MacPrefix;
import java.time.Duration;
import org.apache.cloudstack.framework.config.ConfigKey;

/**
 * Every tunable of the management-server plugin, as CloudStack global settings. Dynamic ones are read on each use,
 * so {@code updateConfiguration} takes effect without a restart; the others are read when the plugin starts.
 */
public final class DeviceHaSettings {
    public static final ConfigKey<String> MAC_PREFIX = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, String.class,
            "deviceha.mac.prefix", "02:dc",
            "Locally administered prefix (1 to 5 octets, first octet with bit 1 set and bit 0 clear) under which "
                    + "Device HA generates SR-IOV VF MACs. Applies to VMs whose VF identities are created afterwards.",
            true);
    public static final ConfigKey<Integer> INVENTORY_INTERVAL = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED,
            Integer.class, "deviceha.inventory.interval", "600",
            "Seconds between two device rescans of every connected KVM host (hosts are also scanned when their agent "
                    + "connects). 0 disables the periodic rescan. Read at management server start.",
            false);
    public static final ConfigKey<Integer> READINESS_INTERVAL = new ConfigKey<>(ConfigKey.CATEGORY_ALERT,
            Integer.class, "deviceha.readiness.interval", "300",
            "Seconds between two HA readiness checks, which alert when a VM with devices loses or regains a host "
                    + "that could restart it with its devices. 0 disables the check. Read at management server start.",
            false);
    public static final ConfigKey<Integer> STAGE_TIMEOUT = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, Integer.class,
            "deviceha.stage.timeout", "120",
            "Seconds the management server waits for a KVM agent to prepare a VM's devices before the start is "
                    + "failed (the preparation creates mdevs and sets vGPU types, which can take a while), and at "
                    + "most for it to confirm releasing them when the VM stops.",
            true);
    public static final ConfigKey<Integer> ALLOCATION_GRACE = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED,
            Integer.class, "deviceha.allocation.grace", "600",
            "Seconds a new device allocation may go unseen in its host's report before it is recorded as a "
                    + "conflict, and unmatched by CloudStack's record of its VM before it is released as stale "
                    + "(the VM may still be starting).",
            true);

    public static final ConfigKey<Integer> FAILOVER_HOSTS = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED,
            Integer.class, "deviceha.failover.hosts", "0",
            "How many simultaneous host failures the cluster's HA-enabled device VMs must survive with their devices:"
                    + " 0 (off), 1 or 2. Starts that would break it are steered to other hosts, and refused or "
                    + "alerted as deviceha.failover.policy says.",
            true, ConfigKey.Scope.Cluster);
    public static final ConfigKey<String> FAILOVER_POLICY = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED,
            String.class, "deviceha.failover.policy", "warn",
            "What a start that would break deviceha.failover.hosts does when no other host keeps it: warn (the VM "
                    + "starts, an alert says the cluster lost its failover capacity) or enforce (the start fails, "
                    + "naming the VM that would be stranded).",
            true, ConfigKey.Scope.Cluster);

    private DeviceHaSettings() {
    }

    public static ConfigKey<?>[] all() {
        return new ConfigKey<?>[] {MAC_PREFIX, STAGE_TIMEOUT, INVENTORY_INTERVAL, READINESS_INTERVAL,
            ALLOCATION_GRACE, FAILOVER_HOSTS, FAILOVER_POLICY};
    }

    public static MacPrefix macPrefix() {
        return MacPrefix.parse(MAC_PREFIX.value());
    }

    public static Duration seconds(ConfigKey<Integer> key) {
        Integer value = key.value();
        return Duration.ofSeconds(value == null || value < 0 ? 0 : value);
    }
}
