package dev.deviceha.api;

import dev.deviceha.model.request.DeviceRequest;
import java.util.Objects;

/** Adds {@code request} to the VM's device requests, replacing the VM's request for the same tag. */
public record NewDeviceRequest(long vmId, DeviceRequest request) {
    public NewDeviceRequest {
        Objects.requireNonNull(request, "request");
    }
}
