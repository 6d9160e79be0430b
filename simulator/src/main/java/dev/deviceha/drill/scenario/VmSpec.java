package dev.deviceha.drill.scenario;

import java.util.List;

import dev.deviceha.model.request.DeviceRequest;

/**
 * A VM of the scenario: its name, its device requests as parsed from the {@code deviceha.requests} detail (empty
 * when it asks for none) and whether CloudStack's HA restarts it.
 */
public record VmSpec(String name, List<DeviceRequest> requests, boolean haEnabled) {
    public VmSpec {
        requests = List.copyOf(requests);
    }

    public boolean hasDevices() {
        return !requests.isEmpty();
    }
}
