package dev.deviceha.drill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import dev.deviceha.allocation.AllocatedUnit;
import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagOrigin;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.drill.cloudstack.AgentCommands;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.Readiness;
import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.drill.scenario.TagRuleSpec;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.inventory.StoredDevice;
import dev.deviceha.lifecycle.AllocationLifecycle;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.rules.TagRuleEvaluator;
import dev.deviceha.model.tag.VgpuTagNamer;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.placement.HostDevices;
import dev.deviceha.placement.PlacementRequest;

/** TEMPORARY wiring over main's repositories until integration's services land. */
final class ManagementServer {
    private final DataSource database;
    private final List<SimulatedHost> hosts;
    private final Map<Long, List<DeviceRequest>> requests = new HashMap<>();
    private final Map<Long, VmRecord> vms = new HashMap<>();
    private final Map<String, Object> identities = new HashMap<>();
    private final AllocationRepository allocations;
    private final AllocationLifecycle lifecycle;
    private long macs;

    ManagementServer(DataSource database, List<SimulatedHost> hosts, AgentCommands agents) {
        this.database = database;
        this.hosts = hosts;
        this.allocations = new AllocationRepository(database);
        this.lifecycle = new AllocationLifecycle(requestSource(), new Port(), agents);
    }

    AllocationLifecycle lifecycle() {
        return lifecycle;
    }

    DeviceRequestSource requestSource() {
        return vmId -> requests.getOrDefault(vmId, List.of()).stream()
                .map(r -> new PlacementRequest(r.tag(), r.count(), r.numa())).toList();
    }

    FreeDeviceSource freeDevices() {
        return (hostIds, tags) -> {
            Map<Long, List<DevicePool>> pools = new LinkedHashMap<>();
            hostIds.forEach(id -> pools.put(id, new ArrayList<>()));
            allocations.freeUnits(hostIds).stream().filter(f -> tags.contains(f.tag()) && f.free() > 0)
                    .forEach(f -> pools.get(f.hostId()).add(new DevicePool(f.tag(), f.numaNode(), f.free())));
            return pools.entrySet().stream().map(e -> new HostDevices(e.getKey(), e.getValue())).toList();
        };
    }

    void defineTagsAndRules(List<TagRuleSpec> rules) {
        DeviceTagRepository tags = new DeviceTagRepository(database);
        TagRuleRepository ruleRepository = new TagRuleRepository(database);
        for (TagRuleSpec rule : rules) {
            tags.ensure(rule.tag(), rule.description(), TagOrigin.ADMIN);
            String hostUuid = rule.hostName() == null ? null : hosts.stream()
                    .filter(h -> h.name().equals(rule.hostName())).findFirst().orElseThrow().uuid();
            ruleRepository.create(rule.tag(), rule.priority(), new RuleSelector(rule.vendorId(), rule.productId(),
                    rule.netdevGlob(), rule.addressGlob(), hostUuid, null));
        }
    }

    void syncInventory(SimulatedHost host) {
        try {
            new InventoryApplier(database).apply(new HostRef(host.id(), host.clusterId(), 1), host.discover().devices());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<TagRule> rules = new TagRuleRepository(database).list().stream().map(s -> {
            DeviceSelector.Builder b = DeviceSelector.builder();
            if (s.selector().vendorId() != null) b.vendorId(s.selector().vendorId());
            if (s.selector().productId() != null) b.productId(s.selector().productId());
            if (s.selector().netdevGlob() != null) b.netdev(s.selector().netdevGlob());
            if (s.selector().pciAddressGlob() != null) b.address(s.selector().pciAddressGlob());
            if (s.selector().hostUuid() != null) b.hostUuid(s.selector().hostUuid());
            return new TagRule(UUID.fromString(s.uuid()), s.tag(), b.build(), s.priority());
        }).toList();
        TagRuleEvaluator evaluator = new TagRuleEvaluator(rules);
        InventoryRepository inventory = new InventoryRepository(database);
        DeviceTagRepository tags = new DeviceTagRepository(database);
        HostContext context = new HostContext(UUID.fromString(host.uuid()), UUID.fromString(host.clusterUuid()));
        for (StoredDevice d : inventory.devices(host.id())) {
            if (d.device().kind() == DeviceKind.VGPU) {
                var tag = VgpuTagNamer.tagFor("gpu", d.device().profileName());
                tags.ensure(tag, null, TagOrigin.GENERATED);
                inventory.assignTag(host.id(), d.address(), tag);
            } else {
                evaluator.decide(d.device(), context).tag().ifPresent(tag -> inventory.assignTag(host.id(), d.address(), tag));
            }
        }
    }

    void declareRequests(VmRecord vm, List<DeviceRequest> vmRequests) {
        requests.put(vm.id(), vmRequests);
        vms.put(vm.id(), vm);
    }

    Map<String, Integer> unitsByTag(long hostId) {
        Map<String, Integer> units = new java.util.TreeMap<>();
        for (StoredDevice d : new InventoryRepository(database).devices(hostId)) {
            if (d.tag() != null) {
                units.merge(d.tag().toString(), d.device().totalInstances() == null ? 1 : d.device().totalInstances(), Integer::sum);
            }
        }
        return units;
    }

    List<Readiness> readiness(Collection<VmRecord> all) {
        return List.of();
    }

    List<WhatIf> whatIf(Collection<VmRecord> all) {
        return List.of();
    }

    List<String> allocationsLeftOn(long hostId, Collection<VmRecord> all) {
        List<String> problems = new ArrayList<>();
        for (VmRecord vm : all) {
            for (AllocatedUnit unit : allocations.allocationsOf(vm.id())) {
                if (unit.hostId() == hostId) {
                    problems.add(vm.name() + " still holds " + unit.tag() + " " + unit.address() + " on the failed host");
                }
            }
        }
        return problems;
    }

    private final class Port implements DeviceAllocationPort {
        @Override
        public AllocationOutcome allocate(long vmId, long hostId, List<PlacementRequest> placementRequests) {
            VmRecord vm = vms.get(vmId);
            var outcome = allocations.allocate(hostId, new dev.deviceha.allocation.VmRef(vmId, vm.ref().instanceName()),
                    placementRequests.stream().map(r -> new UnitRequest(r.tag(), r.count(), r.numaPolicy())).toList());
            if (outcome instanceof dev.deviceha.allocation.AllocationOutcome.Refused) {
                return new AllocationOutcome.Refused(List.of());
            }
            List<AllocatedUnit> units = ((dev.deviceha.allocation.AllocationOutcome.Granted) outcome).units();
            List<AssignedDevice> devices = new ArrayList<>();
            for (DeviceRequest r : requests.get(vmId)) {
                List<AllocatedUnit> ofTag = units.stream().filter(u -> u.tag().equals(r.tag())).toList();
                for (int i = 0; i < ofTag.size(); i++) {
                    AllocatedUnit u = ofTag.get(i);
                    String key = vmId + "/" + r.tag() + "/" + i;
                    boolean mdev = u.backing() == DeviceBacking.MDEV_TYPE;
                    boolean vf = r.tag().kind() == DeviceKind.SRIOV_VF;
                    Object identity = identities.computeIfAbsent(key, k -> vf ? MacPrefix.parse("02:dc").nth(++macs)
                            : r.tag().kind() == DeviceKind.VGPU || r.tag().kind() == DeviceKind.HCT ? MdevUuid.random() : "");
                    devices.add(new AssignedDevice(r.tag(), u.backing(), mdev ? null : PciAddress.parse(u.address()),
                            mdev ? u.parentAddress() : null, u.type(), mdev || u.backing() == DeviceBacking.NVIDIA_VGPU_VF ? (MdevUuid) identity : null,
                            vf ? (dev.deviceha.model.MacAddress) identity : null, vf ? r.vlan() : null, null, null));
                }
            }
            return new AllocationOutcome.Allocated(devices);
        }

        @Override
        public void release(long vmId, long hostId) {
            allocations.release(vmId, hostId);
        }

        @Override
        public void releaseAll(long vmId) {
            allocations.release(vmId);
        }
    }
}
