package dev.deviceha.drill.report;

import java.util.List;

/**
 * What happened to one VM of the failed host.
 *
 * @param outcome    {@code RESTARTED}, {@code NOT_RESTARTED} (no host could take it) or {@code STOPPED} (HA is
 *                   off for it, so CloudStack only stops it)
 * @param toHost     the host it restarted on, null when it did not
 * @param reason     why it was not restarted, naming the missing {@code KIND/tag}; null when it was
 * @param haPlanner  the restart needed the HA planner (the VM's own planner found no capacity)
 * @param millis     measured time from the HA worker taking the VM to the VM running again (or giving up)
 * @param atMillis   measured time from the host failure to the end of this VM's handling
 * @param problems   identity checks the restart failed: a device of another tag, another MAC, VLAN or UUID
 */
public record Restart(String vm, String outcome, String fromHost, String toHost, List<DeviceView> devicesBefore,
        List<DeviceView> devicesAfter, String reason, boolean haPlanner, double millis, double atMillis,
        List<String> problems) {
    public static final String RESTARTED = "RESTARTED";
    public static final String NOT_RESTARTED = "NOT_RESTARTED";
    public static final String STOPPED = "STOPPED";

    public Restart {
        devicesBefore = List.copyOf(devicesBefore);
        devicesAfter = List.copyOf(devicesAfter);
        problems = List.copyOf(problems);
    }

    /** An HA VM with devices that is back with every device and identity it had. */
    public boolean cameBackWithDevices() {
        return RESTARTED.equals(outcome) && problems.isEmpty();
    }
}
