package dev.deviceha.api;

import dev.deviceha.model.request.DeviceRequest;

/** One device request of a VM as the API shows it, and whether the VM or its service offering holds it. */
public record DeviceRequestInfo(VmRef vm, DeviceRequest request, RequestSource source) {
}
