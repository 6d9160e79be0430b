package dev.deviceha.api;

import dev.deviceha.model.request.DeviceRequest;
import java.util.Objects;

/**
 * One device request of a VM as the API shows it, and whether the VM or its service offering holds it; or a VM
 * whose declared requests cannot be read, with {@code error} saying why and no request.
 *
 * @param source the declaration the request (or the error) comes from; null for an error that no single declaration
 *               causes (two declarations giving one MAC to two devices)
 */
public record DeviceRequestInfo(VmRef vm, DeviceRequest request, RequestSource source, String error) {
    public DeviceRequestInfo {
        Objects.requireNonNull(vm, "vm");
        if ((request == null) == (error == null)) {
            throw new IllegalArgumentException("a device request row holds either a request or an error");
        }
        if (request != null) {
            Objects.requireNonNull(source, "source");
        }
    }

    public DeviceRequestInfo(VmRef vm, DeviceRequest request, RequestSource source) {
        this(vm, request, source, null);
    }

    /** The VM's requests cannot be read; {@code source} is null when no single declaration is at fault. */
    public static DeviceRequestInfo unreadable(VmRef vm, RequestSource source, String error) {
        return new DeviceRequestInfo(vm, null, source, Objects.requireNonNull(error, "error"));
    }
}
