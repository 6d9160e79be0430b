package dev.deviceha.drill;

import java.nio.charset.StandardCharsets;
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
import dev.deviceha.api.Caller;
import dev.deviceha.api.CloudStackLookup;
import dev.deviceha.api.ClusterRef;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaService;
import dev.deviceha.api.RequestDetail;
import dev.deviceha.api.VmRef;
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
import dev.deviceha.lifecycle.VmState;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.tag.TagOrigin;
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
import dev.deviceha.service.InventorySyncResult;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.SyncedHost;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;

/**
 * The management-server side of the drill: the plugin's own services over the drill's database, wired as the
 * plugin's Spring module wires them, with the drill's VMs, hosts and service offerings behind the ports CloudStack
 * fills in the plugin (VM records, VM and offering details, cluster membership, names and UUIDs).
 */
public final class ManagementServer {
    /** The service offering of the scenario's VMs: HA on, and no devices declared. */
    public static final long DEFAULT_OFFERING_ID = 1;
    /** The admin account, CloudStack's account id 2. */
    public static final long ACCOUNT_ID = 2;
    /** The drill's MAC prefix for generated VF MACs (locally administered, as the plugin requires). */
    private static final MacPrefix MAC_PREFIX = MacPrefix.parse("02:dc");

    private final DataSource database;
    private final List<SimulatedHost> hosts;
    private final Map<Long, VmRecord> vms = new TreeMap<>();
    private final Map<Long, String> vmDetails = new TreeMap<>();
    private final Map<Long, String> clusterNames = new TreeMap<>();
    private final Map<Long, Long> vmOfferings = new TreeMap<>();
    private final Map<Long, Long> vmOwners = new TreeMap<>();
    private VmAccess vmAccess = (caller, owner) -> caller == ACCOUNT_ID || caller == owner;
    private final Map<Long, ServiceOffering> offerings = new TreeMap<>();
    private final String zoneUuid;
    private final AllocationRepository allocations;
    private final DeclaredDeviceRequests requests;
    private final InventoryFreeDevices freeDevices;
    private final InventorySync inventorySync;
    private final HaReadinessService readiness;
    private final AllocationLifecycle lifecycle;
    private final FailoverPolicy failoverPolicy;
    private final FailoverService failover;
    private final DeviceHaApi deviceHaApi;

    ManagementServer(DataSource database, List<SimulatedHost> hosts, AgentCommands agents, String zoneUuid,
            Map<Long, String> clusterNames, FailoverPolicy failoverPolicy) {
        this.database = database;
        this.zoneUuid = zoneUuid;
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
        this.deviceHaApi = new DeviceHaService(new DeviceTagRepository(database), new TagRuleRepository(database),
                new InventoryEntries(database), new DeviceRequestRepository(database), requests, readiness, failover,
                new Lookup(), this::rediscover);
        offerings.put(DEFAULT_OFFERING_ID, new ServiceOffering(DEFAULT_OFFERING_ID,
                UUID.nameUUIDFromBytes("offering:HA Instance".getBytes(StandardCharsets.UTF_8)).toString(),
                "HA Instance", true, null));
    }

    /** A service offering as CloudStack's {@code service_offering} row and its {@code deviceha.requests} detail. */
    public record ServiceOffering(long id, String uuid, String name, boolean offerHa, String requestsDetail) {
    }

    /**
     * Stands in for CloudStack's AccountService.checkAccess on a VM: whether an account may see and act on the VMs
     * of another. Without accounts (the drill) only the admin and the owner may.
     */
    @FunctionalInterface
    public interface VmAccess {
        boolean allows(long callerAccountId, long ownerAccountId);
    }

    /** The sandbox's accounts decide who sees whose VMs. */
    public void setVmAccess(VmAccess access) {
        this.vmAccess = access;
    }

    /** The VM's account, as deployVirtualMachine records the caller's; the admin's for the scenario's VMs. */
    public void setOwner(long vmId, long accountId) {
        vmOwners.put(vmId, accountId);
    }

    public long ownerOf(long vmId) {
        return vmOwners.getOrDefault(vmId, ACCOUNT_ID);
    }

    /** Whether the calling account may see and act on the VM. */
    public boolean mayAccess(long callerAccountId, long vmId) {
        return vmAccess.allows(callerAccountId, ownerOf(vmId));
    }

    String zoneUuid() {
        return zoneUuid;
    }

    /** The plugin's API facade, wired as the plugin's Spring module wires DeviceHaService. */
    public DeviceHaApi deviceHaApi() {
        return deviceHaApi;
    }

    public List<ServiceOffering> offerings() {
        return List.copyOf(offerings.values());
    }

    /** createServiceOffering: a new offering with its details. */
    public ServiceOffering addOffering(String name, boolean offerHa, String requestsDetail) {
        long id = offerings.size() + 1L;
        ServiceOffering offering = new ServiceOffering(id, UUID.randomUUID().toString(), name, offerHa,
                requestsDetail);
        offerings.put(id, offering);
        return offering;
    }

    /** The {@code deviceha.requests} detail the VM was deployed with, or null. */
    public String vmRequestsDetail(long vmId) {
        return vmDetails.get(vmId);
    }

    public ServiceOffering offeringOf(long vmId) {
        return offerings.get(vmOfferings.get(vmId));
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
        return inventorySync.apply(syncedHost(host), host.discover(), Set.of()).warnings();
    }

    /** The VM's record, its {@code deviceha.requests} detail (null for none) and offering, as deployVirtualMachine stores them. */
    void register(VmRecord vm, String requestsDetail, long offeringId) {
        vms.put(vm.id(), vm);
        vmOfferings.put(vm.id(), offeringId);
        if (requestsDetail != null) {
            vmDetails.put(vm.id(), requestsDetail);
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

    /** HostRediscovery: the agent's fresh report, synced as at connect; a host that is down cannot answer. */
    private InventorySyncResult rediscover(long hostId) {
        SimulatedHost host = hosts.stream().filter(h -> h.id() == hostId).findFirst().orElseThrow();
        if (!host.isUp()) {
            throw new IllegalStateException("host " + host.name() + " is down: its agent does not answer");
        }
        try {
            return inventorySync.apply(syncedHost(host), host.discover(), Set.of());
        } catch (DiscoveryException e) {
            throw new IllegalStateException("host " + host.name() + " could not scan its devices: " + e.getMessage(),
                    e);
        }
    }

    private SyncedHost syncedHost(SimulatedHost host) {
        return new SyncedHost(new HostRef(host.id(), host.clusterId(), World.ZONE_ID),
                new HostContext(UUID.fromString(host.uuid()), UUID.fromString(host.clusterUuid())));
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
                    vm.ref().instanceName(), World.ZONE_ID, vmOfferings.get(vm.id()), ownerOf(vm.id()), vm.hostId()));
        }
    }

    /** RequestDeclarations: the VM's and its service offering's details. */
    private final class VmDetails implements RequestDeclarations {
        @Override
        public Optional<String> offeringDetail(long vmId) {
            return Optional.ofNullable(vmOfferings.get(vmId)).map(offerings::get)
                    .map(ServiceOffering::requestsDetail);
        }

        @Override
        public Optional<String> vmDetail(long vmId) {
            return Optional.ofNullable(vmDetails.get(vmId));
        }
    }

    /** CloudStackLookup: names and UUIDs from the drill's hosts, clusters and VMs; access by the VM's account. */
    private final class Lookup implements CloudStackLookup {
        @Override
        public Optional<dev.deviceha.api.HostRef> host(long hostId) {
            return hosts.stream().filter(h -> h.id() == hostId).findFirst().map(h ->
                    new dev.deviceha.api.HostRef(zoneUuid, h.clusterUuid(), h.uuid(), h.name()));
        }

        @Override
        public Optional<ClusterRef> cluster(long clusterId) {
            return hosts.stream().filter(h -> h.clusterId() == clusterId).findFirst()
                    .map(h -> new ClusterRef(zoneUuid, h.clusterUuid(), clusterName(clusterId)));
        }

        @Override
        public Optional<Long> clusterOf(long hostId) {
            return hosts.stream().filter(h -> h.id() == hostId).findFirst().map(SimulatedHost::clusterId);
        }

        @Override
        public Optional<VmRef> vm(long vmId) {
            return Optional.ofNullable(vms.get(vmId)).map(vm -> new VmRef(vm.ref().uuid(), vm.name()));
        }

        @Override
        public boolean hostExists(UUID hostUuid) {
            return hosts.stream().anyMatch(h -> h.uuid().equals(hostUuid.toString()));
        }

        @Override
        public boolean clusterExists(UUID clusterUuid) {
            return hosts.stream().anyMatch(h -> h.clusterUuid().equals(clusterUuid.toString()));
        }

        @Override
        public Optional<VmRef> visibleVm(Caller caller, long vmId) {
            return vm(vmId).filter(vm -> mayAccess(caller.accountId(), vmId));
        }

        @Override
        public List<Long> vmsWithRequestDetails() {
            return List.copyOf(vmDetails.keySet());
        }

        @Override
        public List<RequestDetail> requestDetails() {
            List<RequestDetail> details = new ArrayList<>();
            vmDetails.forEach((vmId, detail) -> details.add(new RequestDetail("VM " + vms.get(vmId).ref().uuid(),
                    detail)));
            offerings.values().stream().filter(offering -> offering.requestsDetail() != null)
                    .forEach(offering -> details.add(new RequestDetail("service offering " + offering.uuid(),
                            offering.requestsDetail())));
            return details;
        }
    }
}
