package dev.deviceha.drill;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.DeviceView;

/**
 * What an HA restart must deliver, checked device by device: another host, the same number of devices in the same
 * order, each of the same kind and tag with the same MAC, VLAN and mdev UUID, and every mdev present in the new
 * host's sysfs tree (created there by the agent).
 */
final class IdentityCheck {
    private IdentityCheck() {
    }

    static List<String> problems(SimulatedHost failed, SimulatedHost newHost, List<DeviceView> before,
            List<DeviceView> after) {
        List<String> problems = new ArrayList<>();
        if (newHost.id() == failed.id()) {
            problems.add("restarted on the failed host " + failed.name());
        }
        if (before.size() != after.size()) {
            problems.add("had " + before.size() + " device(s), has " + after.size());
            return problems;
        }
        for (int i = 0; i < before.size(); i++) {
            DeviceView was = before.get(i);
            DeviceView is = after.get(i);
            if (!is.keepsIdentityOf(was)) {
                problems.add("device " + (i + 1) + " was " + was.describe() + ", is " + is.describe());
            }
            if (is.mdevUuid() != null && is.location().contains("/")
                    && !Files.exists(newHost.sysfsRoot().resolve("bus/mdev/devices").resolve(is.mdevUuid()))) {
                problems.add("mdev " + is.mdevUuid() + " does not exist on " + newHost.name());
            }
        }
        return problems;
    }
}
