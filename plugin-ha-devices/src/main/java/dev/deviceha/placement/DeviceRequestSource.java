package dev.deviceha.placement;

import dev.deviceha.model.request.DeviceRequest;
import java.util.Collection;
import java.util.List;

/**
 * Port to where a VM's device requests are kept (VM details, service offering details, the plugin's API):
 * the requests of the VM with this database id, in attach order, empty when it asks for no device.
 * Implementations read the stored text with {@link dev.deviceha.model.request.DeviceRequests#parse}, the one parser
 * of it, and return its {@code requests()}; placement reads their tag, count and NUMA policy.
 */
public interface DeviceRequestSource {
    List<DeviceRequest> requestsOf(long vmId);

    /**
     * The same lookups for a pass over many VMs (the periodic readiness check): an implementation may answer them
     * from reads made once, now, for all of them. The view is for this pass only.
     */
    default DeviceRequestSource forPass(Collection<Long> vmIds) {
        return this;
    }
}
