package dev.deviceha.service;

import dev.deviceha.model.request.DeviceRequest;
import java.util.Objects;

/** One of a VM's effective device requests and the declaration it comes from. */
public record DeclaredRequest(DeviceRequest request, RequestOrigin origin) {
    public DeclaredRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(origin, "origin");
    }
}
