package dev.deviceha.model.request;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the canonical text form that {@link DeviceRequestParser} reads back to equal requests. */
final class DeviceRequestFormat {
    private DeviceRequestFormat() {
    }

    static String format(List<DeviceRequest> requests) {
        return requests.stream().map(DeviceRequestFormat::format).collect(Collectors.joining(","));
    }

    private static String format(DeviceRequest request) {
        StringBuilder out = new StringBuilder(request.tag().toString());
        if (request.count() != 1) {
            out.append(";count=").append(request.count());
        }
        if (request.vlan() != null) {
            out.append(";vlan=").append(request.vlan());
        }
        if (request.trust() != null) {
            out.append(";trust=").append(onOff(request.trust()));
        }
        if (request.spoofCheck() != null) {
            out.append(";spoofchk=").append(onOff(request.spoofCheck()));
        }
        if (request.numa() != NumaPolicy.NONE) {
            out.append(";numa=").append(request.numa().canonical());
        }
        if (!request.macs().isEmpty()) {
            out.append(";mac=").append(
                    request.macs().stream().map(MacAddress::toString).collect(Collectors.joining("|")));
        }
        return out.toString();
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
