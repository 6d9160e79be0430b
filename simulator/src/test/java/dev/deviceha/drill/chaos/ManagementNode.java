package dev.deviceha.drill.chaos;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.lifecycle.HostNames;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.DeviceIdentities;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.StaleAllocationSweep;
import dev.deviceha.service.VmDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One management server: the plugin's services, wired as its Spring module wires them, over this server's own
 * connection pool (wrapped to lose the database on command) and the shared CloudStack stand-ins. A restart builds
 * everything anew: nothing the plugin held in memory survives it.
 */
final class ManagementNode {
    private static final MacPrefix MAC_PREFIX = MacPrefix.parse("02:dc");

    final String name;
    final FaultyDataSource database;
    final AgentLink agents;
    private final VmDirectory vms;
    private final RequestDeclarations declarations;
    private final HostNames hostNames;
    private final Breakage breakage;
    private boolean alive = true;
    private AllocationLifecycle lifecycle;
    private InventorySync inventory;
    private InventoryFreeDevices freeDevices;
    private DeclaredDeviceRequests requests;
    private StaleAllocationSweep sweep;

    ManagementNode(String name, DataSource pool, AgentLink agents, VmDirectory vms, RequestDeclarations declarations,
            HostNames hostNames, Breakage breakage) {
        this.name = name;
        this.database = new FaultyDataSource(pool);
        this.agents = agents;
        this.vms = vms;
        this.declarations = declarations;
        this.hostNames = hostNames;
        this.breakage = breakage;
        build();
    }

    private void build() {
        AllocationRepository repository = new AllocationRepository(database);
        DeviceRequestRepository stored = new DeviceRequestRepository(database);
        requests = new DeclaredDeviceRequests(declarations, stored);
        DeviceAllocationPort store = new DeviceAllocations(repository,
                new DeviceIdentities(new DeviceIdentityRepository(database), () -> MAC_PREFIX), vms, stored);
        if (breakage == Breakage.DROPPED_RELEASE) {
            store = droppingReleases(store);
        }
        lifecycle = new AllocationLifecycle(requests, store, agents, hostNames);
        freeDevices = new InventoryFreeDevices(repository);
        inventory = new InventorySync(new InventoryApplier(database), new InventoryRepository(database),
                new InventoryEntries(database), new DeviceTagRepository(database), new TagRuleRepository(database));
        sweep = breakage == Breakage.NONE
                ? new StaleAllocationSweep(repository, vms, agents, hostNames, () -> Duration.ZERO) : null;
    }

    /** Dies and comes back: a new plugin instance over the same database; the faults of the old one are gone. */
    void restart() {
        database.disarm();
        agents.disarm();
        build();
        alive = true;
    }

    void die() {
        alive = false;
    }

    boolean alive() {
        return alive;
    }

    AllocationLifecycle lifecycle() {
        return lifecycle;
    }

    InventorySync inventory() {
        return inventory;
    }

    InventoryFreeDevices freeDevices() {
        return freeDevices;
    }

    List<DeviceRequest> requestsOf(long vmId) {
        return requests.requestsOf(vmId);
    }

    /** Runs the sweep, when this variant has one. */
    void sweep() {
        if (sweep != null) {
            sweep.sweep();
        }
    }

    private static DeviceAllocationPort droppingReleases(DeviceAllocationPort real) {
        return new DeviceAllocationPort() {
            @Override
            public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
                return real.allocate(vmId, hostId, requests);
            }

            @Override
            public Map<TagRef, Long> holdings(long vmId) {
                return real.holdings(vmId);
            }

            @Override
            public int release(long vmId, long hostId) {
                return 0;
            }

            @Override
            public boolean releaseAll(long vmId) {
                // Dropped.
                return false;
            }
        };
    }
}
