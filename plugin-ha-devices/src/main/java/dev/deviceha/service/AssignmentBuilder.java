package dev.deviceha.service;

import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.request.StoredDeviceIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the units allocated on one host into the concrete devices the agent prepares: the n-th unit of a request
 * (by address and slot, so the same host always gives the same order) wears the request's n-th identity.
 */
final class AssignmentBuilder {
    private AssignmentBuilder() {
    }

    static List<AssignedDevice> build(List<DeviceRequest> requests, List<AllocatedUnit> units,
            Map<IdentitySlot, StoredDeviceIdentity> identities) {
        List<AssignedDevice> devices = new ArrayList<>();
        for (DeviceRequest request : requests) {
            List<AllocatedUnit> ofRequest = units.stream()
                    .filter(unit -> unit.tag().equals(request.tag()))
                    .sorted(Comparator.comparing(AllocatedUnit::address).thenComparingInt(AllocatedUnit::slot))
                    .toList();
            if (ofRequest.size() != request.count()) {
                throw new IllegalStateException("allocated " + ofRequest.size() + " unit(s) of " + request.tag()
                        + " for a request of " + request.count());
            }
            for (int ordinal = 0; ordinal < ofRequest.size(); ordinal++) {
                devices.add(device(request, ofRequest.get(ordinal),
                        identities.get(new IdentitySlot(request.tag(), ordinal))));
            }
        }
        return devices;
    }

    private static AssignedDevice device(DeviceRequest request, AllocatedUnit unit, StoredDeviceIdentity identity) {
        boolean mdev = unit.backing() == DeviceBacking.MDEV_TYPE;
        return new AssignedDevice(request.tag(), unit.backing(),
                mdev ? null : PciAddress.parse(unit.address()),
                mdev ? unit.parentAddress() : null,
                unit.type(),
                mdev && identity != null ? identity.mdevUuid() : null,
                identity == null ? null : identity.mac(),
                request.vlan(), request.trust(), request.spoofCheck());
    }
}
