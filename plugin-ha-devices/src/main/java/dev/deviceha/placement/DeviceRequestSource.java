package dev.deviceha.placement;

import java.util.List;

/**
 * Port to where a VM's device requests are kept (VM details, service offering details, the plugin's API):
 * the requests of the VM with this database id, empty when it asks for no device.
 */
public interface DeviceRequestSource {
    List<PlacementRequest> requestsOf(long vmId);
}
