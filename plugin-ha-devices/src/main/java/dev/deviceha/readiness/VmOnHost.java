package dev.deviceha.readiness;

import dev.deviceha.model.request.DeviceRequest;
import java.util.List;

/** A VM that holds devices on {@code hostId}, with the requests another host would have to meet. */
public record VmOnHost(long vmId, String instanceName, long hostId, List<DeviceRequest> requests) {
    public VmOnHost {
        requests = List.copyOf(requests);
    }
}
