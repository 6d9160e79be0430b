package dev.deviceha.drill;

import dev.deviceha.model.tag.TagOrigin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.drill.cloudstack.AgentCommands;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.Headroom;
import dev.deviceha.drill.report.Readiness;
import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.drill.scenario.TagRuleSpec;
import dev.deviceha.failover.ClusterFacts;
import dev.deviceha.failover.ClusterWhatIf;
import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.Stranding;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.inventory.StoredDevice;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.readiness.VmReadiness;
import dev.deviceha.request.DeviceIdentityRepository;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeviceAllocations;
import dev.deviceha.service.DeviceIdentities;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.InventorySync;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.SyncedHost;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;

/**
 * The management-server side of the drill: the plugin's own services over the drill's database, wired as the
 * plugin's Spring module wires them, with the drill's VMs and hosts behind the ports CloudStack fills in the plugin
 * (VM records, VM details, cluster membership).
 */
final class ManagementServer {
    private static final long ZONE_ID = 1;
    private static final long SERVICE_OFFERING_ID = 1;
    private static final long ACCOUNT_ID = 2;
    /** The drill's MAC prefix for generated VF MACs (locally administered, as the plugin requires). */
    private static final MacPrefix MAC_PREFIX = MacPrefix.parse("02:dc");

    private final DataSource database;
    private final List<SimulatedHost> hosts;
    private final Map<Long, VmRecord> vms = new TreeMap<>();
    private final Map<Long, String> vmDetails = new TreeMap<>();
    private final Map<Long, String> clusterNames = new TreeMap<>();
    private final AllocationRepository allocations;
    private final DeclaredDeviceRequests requests;
    private final InventoryFreeDevices freeDevices;
    private final InventorySync inventorySync;
    private final HaReadinessService readiness;
    private final AllocationLifecycle lifecycle;
    private final FailoverPolicy failoverPolicy;
    private final FailoverService failover;

    ManagementServer(DataSource database, List<SimulatedHost> hosts, Map<Long, String> clusterNames,
            AgentCommands agents, FailoverPolicy failoverPolicy) {
        this.database = database;
        this.hosts = List.copyOf(hosts);
        this.allocations = new AllocationRepository(database);
        this.requests = new DeclaredDeviceRequests(new VmDetails(), new DeviceRequestRepository(database));
        this.freeDevices = new InventoryFreeDevices(allocations);
        this.inventorySync = new InventorySync(new InventoryApplier(database), new InventoryRepository(database),
                new InventoryEntries(database), new DeviceTagRepository(database), new TagRuleRepository(database));
        this.readiness = new HaReadinessService(allocations, freeDevices, this::upPeersOf, requests::requestsOf);
        DeviceAllocations store = new DeviceAllocations(allocations,
                new DeviceIdentities(new DeviceIdentityRepository(database), () -> MAC_PREFIX), new Vms(),
                new DeviceRequestRepository(database));
        this.lifecycle = new AllocationLifecycle(requests, store, agents, this::hostName);
        this.failoverPolicy = failoverPolicy;
        this.clusterNames.putAll(clusterNames);
        this.failover = new FailoverService(allocations, new Clusters(), database);
    }

    FailoverService failover() {
        return failover;
    }

    AllocationLifecycle lifecycle() {
        return lifecycle;
    }

    DeviceRequestSource requestSource() {
        return requests;
    }

    FreeDeviceSource freeDevices() {
        return freeDevices;
    }

    /** What an admin does first with createDeviceTag and createDeviceTagRule. */
    void defineTagsAndRules(List<TagRuleSpec> rules) {
        DeviceTagRepository tags = new DeviceTagRepository(database);
        TagRuleRepository ruleRepository = new TagRuleRepository(database);
        for (TagRuleSpec rule : rules) {
            tags.ensure(rule.tag(), rule.description(), TagOrigin.ADMIN);
            String hostUuid = rule.hostName() == null ? null : host(rule.hostName()).uuid();
            ruleRepository.create(rule.tag(), rule.priority(), new RuleSelector(rule.vendorId(), rule.productId(),
                    rule.netdevGlob(), rule.addressGlob(), hostUuid, null));
        }
    }

    /** What the plugin does with the agent's device report when the host connects. */
    List<String> syncInventory(SimulatedHost host) throws DiscoveryException {
        SyncedHost synced = new SyncedHost(new HostRef(host.id(), host.clusterId(), ZONE_ID),
                new HostContext(UUID.fromString(host.uuid()), UUID.fromString(host.clusterUuid())));
        return inventorySync.apply(synced, host.discover(), Set.of()).warnings();
    }

    /** The VM's {@code deviceha.requests} detail, as deployVirtualMachine would store it. */
    void declareRequests(VmRecord vm, List<DeviceRequest> vmRequests) {
        vms.put(vm.id(), vm);
        if (!vmRequests.isEmpty()) {
            vmDetails.put(vm.id(), new DeviceRequests(vmRequests).format());
        }
    }

    /** Units per tag in the host's inventory: instances for an mdev type, one for a PCI function. */
    Map<String, Integer> unitsByTag(long hostId) {
        Map<String, Integer> units = new TreeMap<>();
        for (StoredDevice device : new InventoryRepository(database).devices(hostId)) {
            if (device.tag() != null) {
                Integer instances = device.device().totalInstances();
                units.merge(device.tag().toString(), instances == null ? 1 : instances, Integer::sum);
            }
        }
        return units;
    }

    /** listDeviceHaReadiness: every VM holding devices. */
    List<Readiness> readiness() {
        return readiness.checkAll().stream().map(this::toReport).toList();
    }

    /**
     * listDeviceHaWhatIf per cluster: for each host, the HA-enabled VMs that could not all restart with their devices
     * if it failed now; and the worst pair when the policy asks for two failures.
     */
    List<WhatIf> whatIf() {
        List<WhatIf> rows = new ArrayList<>();
        for (long cluster : clusterIds()) {
            ClusterWhatIf whatIf = failover.whatIf(cluster);
            whatIf.hosts().forEach(stranding -> rows.add(whatIfRow(stranding, false)));
            whatIf.worstPair().ifPresent(stranding -> rows.add(whatIfRow(stranding, true)));
        }
        return rows;
    }

    /** listDeviceFailoverCapacity for every cluster. */
    List<Headroom> headroom() {
        return failover.capacity(null, null, null).stream().map(row -> new Headroom(clusterName(row.clusterId()),
                row.tag().toString(), row.total(), row.used(), row.free(), row.needed(),
                row.worstHostIds().stream().map(this::hostName).toList(), row.headroom(), row.policyHolds()))
                .toList();
    }

    String clusterName(long clusterId) {
        return clusterNames.getOrDefault(clusterId, "id " + clusterId);
    }

    private WhatIf whatIfRow(Stranding stranding, boolean worstPair) {
        return new WhatIf(stranding.failedHostIds().stream().map(this::hostName).collect(Collectors.joining(" + ")),
                worstPair, stranding.stranded().stream()
                        .map(vm -> new Readiness(vms.get(vm.vmId()).name(), hostName(vm.hostId()), true, false,
                                vm.missing()))
                        .toList());
    }

    private List<Long> clusterIds() {
        return hosts.stream().map(SimulatedHost::clusterId).distinct().toList();
    }

    /** Allocations left on the failed host: there must be none once its VMs were stopped off it. */
    List<String> allocationsLeftOn(long hostId, Collection<VmRecord> all) {
        List<String> problems = new ArrayList<>();
        for (VmRecord vm : all) {
            for (AllocatedUnit unit : allocations.allocationsOf(vm.id())) {
                if (unit.hostId() == hostId) {
                    problems.add(vm.name() + " still holds " + unit.tag() + " at " + unit.address()
                            + " on the failed host");
                }
            }
        }
        return problems;
    }

    private Readiness toReport(VmReadiness vm) {
        String host = hosts.stream().filter(h -> h.id() == vm.hostId()).map(SimulatedHost::name).findFirst()
                .orElse(String.valueOf(vm.hostId()));
        VmRecord record = vms.get(vm.vmId());
        return new Readiness(record.name(), host, record.haEnabled(), vm.isProtected(), vm.reason());
    }

    /** ClusterPeers: the other hosts of the host's cluster that are Up. */
    private List<Long> upPeersOf(long hostId) {
        long clusterId = hosts.stream().filter(h -> h.id() == hostId).findFirst().orElseThrow().clusterId();
        return hosts.stream().filter(h -> h.id() != hostId && h.clusterId() == clusterId && h.isUp())
                .map(SimulatedHost::id).toList();
    }

    String hostName(long hostId) {
        return hosts.stream().filter(h -> h.id() == hostId).findFirst().map(SimulatedHost::name)
                .orElse("id " + hostId);
    }

    private SimulatedHost host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    /** ClusterFacts: the clusters' Up hosts, the HA-enabled VMs running on them, the scenario's policy. */
    private final class Clusters implements ClusterFacts {
        @Override
        public List<Long> usableHosts(long clusterId) {
            return hosts.stream().filter(h -> h.clusterId() == clusterId && h.isUp()).map(SimulatedHost::id).toList();
        }

        @Override
        public Optional<Long> clusterOf(long hostId) {
            return hosts.stream().filter(h -> h.id() == hostId).map(SimulatedHost::clusterId).findFirst();
        }

        @Override
        public List<Long> clusters(Long zoneId) {
            return clusterIds();
        }

        @Override
        public Map<Long, String> haEnabledVms(long clusterId) {
            Set<Long> clusterHosts = Set.copyOf(usableHosts(clusterId));
            Map<Long, String> names = new TreeMap<>();
            vms.values().stream().filter(vm -> vm.haEnabled() && vm.hostId() != null
                    && clusterHosts.contains(vm.hostId())).forEach(vm -> names.put(vm.id(), vm.name()));
            return names;
        }

        @Override
        public FailoverPolicy policyOf(long clusterId) {
            return failoverPolicy;
        }
    }

    /** VmDirectory: CloudStack's vm_instance rows, here the drill's VM records. */
    private final class Vms implements VmDirectory {
        @Override
        public Optional<VmFacts> find(long vmId) {
            return Optional.ofNullable(vms.get(vmId)).map(vm -> new VmFacts(vm.id(), vm.ref().uuid(), vm.name(),
                    vm.ref().instanceName(), ZONE_ID, SERVICE_OFFERING_ID, ACCOUNT_ID, vm.hostId()));
        }
    }

    /** RequestDeclarations: the VM details; the drill's service offering declares no devices. */
    private final class VmDetails implements RequestDeclarations {
        @Override
        public Optional<String> offeringDetail(long vmId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> vmDetail(long vmId) {
            return Optional.ofNullable(vmDetails.get(vmId));
        }
    }
}
