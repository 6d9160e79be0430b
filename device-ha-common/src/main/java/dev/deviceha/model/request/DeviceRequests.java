package dev.deviceha.model.request;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.TagRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All device requests of one VM or service offering, in the order the devices are attached, stored as the
 * CloudStack detail {@value #DETAIL_KEY}. {@link #parse} is the one reader of that text and {@link #format} its
 * one writer; docs/device-model.md gives the grammar.
 */
public record DeviceRequests(List<DeviceRequest> requests) {
    /** The VM and service-offering detail key whose value is {@link #format()}. */
    public static final String DETAIL_KEY = "deviceha.requests";
    /** Longest accepted text: fits a CloudStack detail value with room to spare. */
    public static final int MAX_LENGTH = 1024;

    public DeviceRequests {
        requests = List.copyOf(requests);
        if (requests.isEmpty()) {
            throw new InvalidValueException("device requests", "", "at least one request is required");
        }
        Map<TagRef, Integer> tags = new HashMap<>();
        Map<MacAddress, Integer> macs = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            DeviceRequest request = requests.get(i);
            Integer earlier = tags.putIfAbsent(request.tag(), i + 1);
            if (earlier != null) {
                throw new InvalidValueException("device request " + (i + 1), request.tag().toString(),
                        "request " + earlier + " already asks for this tag: raise its count instead");
            }
            for (MacAddress mac : request.macs()) {
                Integer owner = macs.putIfAbsent(mac, i + 1);
                if (owner != null) {
                    throw new InvalidValueException("device request " + (i + 1), mac.toString(),
                            "request " + owner + " already uses this MAC");
                }
            }
        }
        int length = DeviceRequestFormat.format(requests).length();
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("device requests", DeviceRequestFormat.format(requests),
                    "the text form is " + length + " characters, at most " + MAX_LENGTH + " fit the detail");
        }
    }

    public static DeviceRequests of(DeviceRequest... requests) {
        return new DeviceRequests(List.of(requests));
    }

    /**
     * Parses the text form, e.g. {@code SRIOV_VF/trading-net;count=2;vlan=100;numa=required,HCT/sm-crypto}.
     *
     * @throws InvalidValueException naming the request (1-based) and option at fault
     */
    public static DeviceRequests parse(String text) {
        return new DeviceRequests(DeviceRequestParser.parse(text));
    }

    /** The canonical text form: defaults left out, options in a fixed order, lower-case hex. */
    public String format() {
        return DeviceRequestFormat.format(requests);
    }

    /** Total devices over all requests. */
    public int deviceCount() {
        return requests.stream().mapToInt(DeviceRequest::count).sum();
    }

    @Override
    public String toString() {
        return format();
    }
}
