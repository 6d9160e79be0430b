package dev.deviceha.failover;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.Holding;
import dev.deviceha.allocation.HostHoldings;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.ProtectionLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Failover capacity over the plugin's database and CloudStack's view of clusters. Reading one cluster's state costs
 * two statements on the plugin's tables (devices, allocations) and two CloudStack lookups (the Up and Enabled hosts,
 * the HA-enabled VMs), whatever the number of hosts and VMs.
 */
public final class FailoverService {
    private final AllocationRepository allocations;
    private final ClusterFacts facts;
    private final ProtectionLedger ledger;

    public FailoverService(AllocationRepository allocations, ClusterFacts facts, DataSource dataSource) {
        this.allocations = allocations;
        this.facts = facts;
        this.ledger = new ProtectionLedger(dataSource, "dha_failover_state", "cluster_id");
    }

    public FailoverPolicy policyOf(long clusterId) {
        return facts.policyOf(clusterId);
    }

    public Optional<Long> clusterOf(long hostId) {
        return facts.clusterOf(hostId);
    }

    /** The cluster as failover planning sees it now. */
    public ClusterState state(long clusterId) {
        List<Long> hosts = facts.usableHosts(clusterId);
        Map<Long, String> haVms = facts.haEnabledVms(clusterId);
        HostHoldings holdings = allocations.holdings(hosts);
        Map<Long, List<Holding>> byVm = new LinkedHashMap<>();
        for (Holding holding : holdings.holdings()) {
            if (haVms.containsKey(holding.vmId())) {
                byVm.computeIfAbsent(holding.vmId(), id -> new ArrayList<>()).add(holding);
            }
        }
        List<FailoverVm> vms = new ArrayList<>();
        byVm.forEach((vmId, held) -> {
            // a VM holds devices on two hosts only between two start attempts: count the first host's
            long hostId = held.get(0).hostId();
            List<UnitRequest> demand = held.stream().filter(h -> h.hostId() == hostId).map(Holding::request)
                    .toList();
            vms.add(new FailoverVm(vmId, haVms.get(vmId), hostId, demand));
        });
        return new ClusterState(clusterId, hosts, holdings.devices(), vms);
    }

    /** Which candidates of the cluster keep its failover protection; all of them when its policy is off. */
    public AdmissionDecision admit(long clusterId, StartingVm vm, List<Long> candidateHostIds) {
        FailoverPolicy policy = facts.policyOf(clusterId);
        if (!policy.isOn() || candidateHostIds.isEmpty()) {
            return new AdmissionDecision(policy, candidateHostIds, List.of());
        }
        return FailoverAnalysis.admit(state(clusterId), policy, vm, candidateHostIds);
    }

    /** The headroom table of the zone's clusters (every cluster when null), or of one cluster, optionally one tag. */
    public List<TagCapacity> capacity(Long zoneId, Long clusterId, TagRef tag) {
        List<Long> clusters = clusterId != null ? List.of(clusterId) : facts.clusters(zoneId);
        List<TagCapacity> rows = new ArrayList<>();
        for (long cluster : clusters) {
            FailoverPolicy policy = facts.policyOf(cluster);
            FailoverAnalysis analysis = FailoverAnalysis.of(state(cluster), Math.max(1, policy.hosts()));
            FailoverCapacity.of(analysis, policy.isOn()).stream()
                    .filter(row -> tag == null || row.tag().equals(tag)).forEach(rows::add);
        }
        return rows;
    }

    /** What a failure of the host alone would strand; empty when the host is in no cluster. */
    public Optional<Stranding> ifHostFails(long hostId) {
        return facts.clusterOf(hostId)
                .map(cluster -> FailoverAnalysis.of(state(cluster), 1).ifHostsFail(List.of(hostId)));
    }

    /** Every host's failure alone, and the worst pair when the cluster's policy asks for two. */
    public ClusterWhatIf whatIf(long clusterId) {
        FailoverPolicy policy = facts.policyOf(clusterId);
        ClusterState state = state(clusterId);
        List<Stranding> hosts = FailoverAnalysis.of(state, 1).strandings();
        Optional<Stranding> worstPair = policy.hosts() == 2
                ? FailoverAnalysis.of(state, 2).worst() : Optional.empty();
        return new ClusterWhatIf(clusterId, policy, hosts, worstPair);
    }

    /**
     * Checks every cluster whose policy is on and records its protection in the shared database: returns the
     * changes this check is the first to see, for the shell to alert on once across management servers.
     */
    public List<FailoverChange> check() {
        List<FailoverChange> changes = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (long cluster : facts.clusters(null)) {
            FailoverPolicy policy = facts.policyOf(cluster);
            if (policy.isOn()) {
                checked.add(cluster);
                FailoverAnalysis analysis = FailoverAnalysis.of(state(cluster), policy.hosts());
                record(cluster, policy, analysis.holds(), analysis.worst().orElse(new Stranding(List.of(), 0, List.of())))
                        .ifPresent(changes::add);
            }
        }
        ledger.retainOnly(checked);
        return changes;
    }

    /**
     * Records a protection the caller has just judged (a start admitted under {@code warn} that breaks it): the
     * change, when this is the first to see it.
     */
    public Optional<FailoverChange> record(long clusterId, FailoverPolicy policy, boolean holds,
            Stranding worst) {
        String reason = holds ? null : worst.stranded().stream()
                .map(vm -> vm.name() + ": " + vm.missing()).findFirst().orElse(null);
        return ledger.record(clusterId, holds, reason).map(lost -> new FailoverChange(clusterId, policy, lost, worst));
    }
}
