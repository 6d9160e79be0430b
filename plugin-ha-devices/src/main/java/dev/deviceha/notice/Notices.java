package dev.deviceha.notice;

import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.failover.Stranding;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.readiness.VmReadiness;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The wording of every operator notice, in one place so that alerts, events and the drill say the same. */
public final class Notices {
    private static final String PREFIX = "Device HA: ";

    private Notices() {
    }

    public static Notice haRestarted(VmLabel vm, String deadHost, String newHost, List<AssignedDevice> devices) {
        return new Notice(Notice.Kind.HA_RESTARTED, vm.zoneId(),
                PREFIX + "VM " + vm.name() + " restarted on host " + newHost + " with its devices",
                "HA restarted VM " + vm.describe() + " on host " + newHost + " after host " + deadHost
                        + " failed; re-attached " + devices.size() + " device(s): " + describe(devices) + ".");
    }

    public static Notice haRestartFailed(VmLabel vm, String deadHost, String reason) {
        return new Notice(Notice.Kind.HA_RESTART_FAILED, vm.zoneId(),
                PREFIX + "VM " + vm.name() + " could not be restarted with its devices",
                "HA could not restart VM " + vm.describe() + " after host " + deadHost + " failed: " + reason
                        + ". CloudStack retries after restart.retry.interval; free or add devices of the named tag"
                        + " in the VM's cluster.");
    }

    public static Notice protectionLost(VmLabel vm, String host, VmReadiness readiness) {
        return new Notice(Notice.Kind.PROTECTION_LOST, vm.zoneId(),
                PREFIX + "VM " + vm.name() + " is not protected by HA",
                "If host " + host + " failed, VM " + vm.describe()
                        + " could not be restarted with its devices: " + readiness.reason() + ".");
    }

    public static Notice protectionRegained(VmLabel vm, VmReadiness readiness) {
        return new Notice(Notice.Kind.PROTECTION_REGAINED, vm.zoneId(),
                PREFIX + "VM " + vm.name() + " is protected by HA again",
                "VM " + vm.describe() + " could again be restarted with its devices on "
                        + readiness.candidateHosts().size() + " other host(s) of its cluster.");
    }

    /**
     * A cluster can no longer absorb the host failures its policy names with its HA-enabled device VMs.
     *
     * @param cause what changed it, when known (a start admitted under {@code warn}); null otherwise
     */
    public static Notice failoverLost(long zoneId, String cluster, FailoverPolicy policy, Stranding worst,
            LongFunction<String> hostName, String cause) {
        String failed = worst.failedHostIds().stream().map(hostName::apply).collect(Collectors.joining(" and "));
        String stranded = worst.stranded().stream().map(vm -> "VM " + vm.name() + " (" + vm.missing() + ")")
                .collect(Collectors.joining("; "));
        return new Notice(Notice.Kind.FAILOVER_LOST, zoneId,
                PREFIX + "cluster " + cluster + " lost its failover capacity for devices",
                (cause == null ? "" : cause + ". ") + "Cluster " + cluster + " (" + policy.describe()
                        + ") can no longer restart all its HA-enabled device VMs with their devices: if "
                        + (worst.failedHostIds().size() == 1 ? "host " : "hosts ") + failed + " failed, " + stranded
                        + " could not be restarted. Free or add devices of the named tags in the cluster"
                        + " (listDeviceFailoverCapacity shows the headroom per tag).");
    }

    public static Notice failoverRegained(long zoneId, String cluster, FailoverPolicy policy) {
        return new Notice(Notice.Kind.FAILOVER_REGAINED, zoneId,
                PREFIX + "cluster " + cluster + " has its failover capacity for devices again",
                "Cluster " + cluster + " (" + policy.describe() + ") can again restart all its HA-enabled device VMs"
                        + " with their devices after any " + (policy.hosts() == 1 ? "host failure"
                        : policy.hosts() + " simultaneous host failures") + ".");
    }

    public static Notice deviceVanished(long zoneId, String host, String address, String vmInstanceName) {
        return new Notice(Notice.Kind.DEVICE_VANISHED, zoneId,
                PREFIX + "host " + host + " no longer reports device " + address + " of VM " + vmInstanceName,
                "Host " + host + " stopped reporting device " + address + ", which is allocated to VM "
                        + vmInstanceName + ". The VM cannot start on this host with its devices until the device"
                        + " is back; check the host (driver, SR-IOV VF count, GPU) and run rediscoverDevices.");
    }

    private static String describe(List<AssignedDevice> devices) {
        return devices.stream().map(Notices::describe).collect(Collectors.joining(", "));
    }

    private static String describe(AssignedDevice device) {
        String where = device.address() != null ? device.address().toString() : device.parent() + "/" + device.type();
        String identity = device.mac() != null ? " MAC " + device.mac() : device.mdevUuid() != null
                ? " UUID " + device.mdevUuid() : "";
        return device.tag() + " at " + where + identity;
    }
}
