package dev.deviceha.notice;

/** How a notice names a VM: its name, its instance name and UUID for the log search, and its zone. */
public record VmLabel(String name, String instanceName, String uuid, long zoneId) {
    String describe() {
        return name + " (" + instanceName + ", " + uuid + ")";
    }
}
