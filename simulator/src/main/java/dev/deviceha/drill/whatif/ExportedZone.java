package dev.deviceha.drill.whatif;

import java.util.List;

import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DevicePool;

/**
 * A zone as its listDevices and listDeviceRequests exports show it: hosts with their free device pools, and the VMs
 * with requests, placed on the host their allocated devices are on.
 */
public record ExportedZone(List<Host> hosts, List<Vm> vms) {
    public ExportedZone {
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
    }

    /** A host by its UUID, with the free units of each tag per NUMA node. */
    public record Host(String id, String name, String clusterId, List<DevicePool> freePools) {
        public Host {
            freePools = List.copyOf(freePools);
        }
    }

    /** A VM with device requests; {@code hostId} null when none of its devices is allocated (it is not running). */
    public record Vm(String id, String name, String hostId, List<DeviceRequest> requests) {
        public Vm {
            requests = List.copyOf(requests);
        }
    }
}
