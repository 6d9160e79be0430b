package dev.deviceha.service;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.request.DeviceIdentity;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.persistence.UniqueViolationException;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.StoredDeviceIdentity;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Fixes what a VM's devices keep across hosts: each VF's MAC and each mdev's UUID, created at the VM's first
 * allocation and reused on every later one. A MAC the VM's request fixes ({@code mac=}) wins over the stored one,
 * also when it was added or changed after the first allocation. Generated MACs come from the configured locally
 * administered prefix;
 * their uniqueness within the zone is the database's unique key, so a clash (another management server took the
 * same MAC a moment earlier) is answered with another random MAC.
 */
public final class DeviceIdentities {
    private static final Logger LOG = LogManager.getLogger(DeviceIdentities.class);
    static final int MAX_ATTEMPTS = 16;

    private final DeviceIdentityRepository repository;
    private final Supplier<MacPrefix> macPrefix;
    private final RandomGenerator random;

    /** @param macPrefix read on every new MAC, so a changed setting applies without a restart */
    public DeviceIdentities(DeviceIdentityRepository repository, Supplier<MacPrefix> macPrefix) {
        this(repository, macPrefix, new SecureRandom());
    }

    DeviceIdentities(DeviceIdentityRepository repository, Supplier<MacPrefix> macPrefix, RandomGenerator random) {
        this.repository = repository;
        this.macPrefix = macPrefix;
        this.random = random;
    }

    /**
     * The identities of every requested VF, vGPU and HCT device of the VM: stored ones as they are, missing ones
     * created now. Whole PCI devices have none.
     *
     * @throws IllegalStateException when a fixed MAC of a request belongs to another VM of the zone, or no free MAC
     *                               was found under the prefix
     */
    public Map<IdentitySlot, StoredDeviceIdentity> ensure(long vmId, long zoneId, List<DeviceRequest> requests) {
        Map<IdentitySlot, StoredDeviceIdentity> identities = stored(vmId);
        List<StoredDeviceIdentity> newlyFixedMacs = new ArrayList<>();
        forEachSlot(requests, (request, ordinal, slot) -> {
            StoredDeviceIdentity stored = identities.get(slot);
            if (stored != null && ordinal < request.macs().size()
                    && !request.macs().get(ordinal).equals(stored.mac())) {
                newlyFixedMacs.add(new StoredDeviceIdentity(vmId, stored.zoneId(), stored.tag(), ordinal,
                        request.macs().get(ordinal), stored.mdevUuid()));
            }
        });
        // Changed MACs first: a MAC moving from a stored device to a new one must be free when the new one is made.
        if (!newlyFixedMacs.isEmpty()) {
            changeMacs(vmId, identities, newlyFixedMacs);
        }
        forEachSlot(requests, (request, ordinal, slot) -> {
            if (!identities.containsKey(slot)) {
                identities.put(slot, create(vmId, zoneId, request, ordinal));
            }
        });
        return identities;
    }

    /** Whole PCI devices have no identity. */
    private static void forEachSlot(List<DeviceRequest> requests, SlotAction action) {
        for (DeviceRequest request : requests) {
            if (request.tag().kind() == DeviceKind.PCI) {
                continue;
            }
            for (int ordinal = 0; ordinal < request.count(); ordinal++) {
                action.apply(request, ordinal, new IdentitySlot(request.tag(), ordinal));
            }
        }
    }

    @FunctionalInterface
    private interface SlotAction {
        void apply(DeviceRequest request, int ordinal, IdentitySlot slot);
    }

    /**
     * Forgets the VM's identities: its MACs and UUIDs may go to other VMs afterwards.
     *
     * @return how many identities were forgotten
     */
    public int forget(long vmId) {
        return repository.deleteByVm(vmId);
    }

    private StoredDeviceIdentity create(long vmId, long zoneId, DeviceRequest request, int ordinal) {
        IdentitySlot slot = new IdentitySlot(request.tag(), ordinal);
        boolean fixedMac = ordinal < request.macs().size();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredDeviceIdentity candidate = candidate(vmId, zoneId, request, ordinal);
            try {
                repository.add(candidate);
                LOG.debug("Fixed identity of {} #{} for VM {}: MAC {}, mdev UUID {}", slot.tag(), ordinal, vmId,
                        candidate.mac(), candidate.mdevUuid());
                return candidate;
            } catch (UniqueViolationException e) {
                StoredDeviceIdentity concurrent = stored(vmId).get(slot);
                if (concurrent != null) {
                    return concurrent;
                }
                if (fixedMac) {
                    throw new IllegalStateException("MAC " + candidate.mac() + " requested for " + slot.tag()
                            + " is already used by another VM in the zone", e);
                }
            }
        }
        throw new IllegalStateException("no unused MAC found under prefix " + macPrefix.get() + " after "
                + MAX_ATTEMPTS + " attempts for " + slot.tag() + ": choose a longer-lived, less crowded prefix");
    }

    private void changeMacs(long vmId, Map<IdentitySlot, StoredDeviceIdentity> identities,
            List<StoredDeviceIdentity> changed) {
        try {
            repository.changeMacs(vmId, changed);
        } catch (UniqueViolationException e) {
            throw new IllegalStateException("MAC(s) " + changed.stream().map(c -> c.tag() + " " + c.mac()).toList()
                    + ": one is already used by another device in the zone", e);
        }
        for (StoredDeviceIdentity identity : changed) {
            IdentitySlot slot = new IdentitySlot(identity.tag(), identity.ordinal());
            LOG.info("VM {}: {} #{} now has MAC {} (was {}), as its request fixes", vmId, identity.tag(),
                    identity.ordinal(), identity.mac(), identities.get(slot).mac());
            identities.put(slot, identity);
        }
    }

    private StoredDeviceIdentity candidate(long vmId, long zoneId, DeviceRequest request, int ordinal) {
        DeviceIdentity identity = DeviceIdentity.forDevice(request, ordinal, this::randomMac, MdevUuid::random);
        return new StoredDeviceIdentity(vmId, zoneId, identity.tag(), ordinal, identity.mac(), identity.mdevUuid());
    }

    private MacAddress randomMac() {
        MacPrefix prefix = macPrefix.get();
        return prefix.nth(random.nextLong(prefix.capacity()));
    }

    /** The identities the VM has now, created by earlier allocations. */
    Map<IdentitySlot, StoredDeviceIdentity> stored(long vmId) {
        Map<IdentitySlot, StoredDeviceIdentity> identities = new HashMap<>();
        for (StoredDeviceIdentity identity : repository.listByVm(vmId)) {
            identities.put(new IdentitySlot(identity.tag(), identity.ordinal()), identity);
        }
        return identities;
    }
}
