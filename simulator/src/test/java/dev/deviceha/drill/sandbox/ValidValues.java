package dev.deviceha.drill.sandbox;

/**
 * A valid value for each required parameter of the plugin's commands that names no entity (those are an entity's
 * UUID), and for a tag rule's one needed criterion, so that a hostile value of another parameter is the only thing
 * wrong.
 */
final class ValidValues {
    private ValidValues() {
    }

    static String of(String parameterName) {
        return switch (parameterName) {
            case "kind" -> "SRIOV_VF";
            case "name" -> "probe-hostile";
            case "tag" -> "SRIOV_VF/trading-net";
            case "description" -> "probe";
            case "vendorid" -> "8086";
            default -> null;
        };
    }

    /** The entity a plugin's STRING id parameter names, by parameter name; null when the name does not say. */
    static String entityOfIdParameter(String parameterName) {
        return switch (parameterName) {
            case "hostid" -> "HostResponse";
            case "clusterid" -> "ClusterResponse";
            case "zoneid" -> "ZoneResponse";
            case "virtualmachineid" -> "UserVmResponse";
            case "deviceids" -> "DeviceResponse";
            default -> null;
        };
    }
}
