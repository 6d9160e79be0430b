package dev.deviceha.failover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CloudStack's clusters as a test sets them: hosts per cluster, HA-enabled VMs, and each cluster's policy. */
public final class FixedClusterFacts implements ClusterFacts {
    private final Map<Long, List<Long>> hosts = new LinkedHashMap<>();
    private final Map<Long, Map<Long, String>> haVms = new HashMap<>();
    private final Map<Long, FailoverPolicy> policies = new HashMap<>();

    public FixedClusterFacts cluster(long clusterId, Long... hostIds) {
        hosts.put(clusterId, new ArrayList<>(List.of(hostIds)));
        return this;
    }

    /** Host down or disabled: no longer Up and Enabled. */
    public FixedClusterFacts hostDown(long clusterId, long hostId) {
        hosts.get(clusterId).remove(hostId);
        return this;
    }

    public FixedClusterFacts haVm(long clusterId, long vmId, String name) {
        haVms.computeIfAbsent(clusterId, c -> new LinkedHashMap<>()).put(vmId, name);
        return this;
    }

    public FixedClusterFacts policy(long clusterId, FailoverPolicy policy) {
        policies.put(clusterId, policy);
        return this;
    }

    @Override
    public List<Long> usableHosts(long clusterId) {
        return List.copyOf(hosts.getOrDefault(clusterId, List.of()));
    }

    @Override
    public Optional<Long> clusterOf(long hostId) {
        return hosts.entrySet().stream().filter(e -> e.getValue().contains(hostId)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public List<Long> clusters(Long zoneId) {
        return List.copyOf(hosts.keySet());
    }

    @Override
    public Map<Long, String> haEnabledVms(long clusterId) {
        return haVms.getOrDefault(clusterId, Map.of());
    }

    @Override
    public FailoverPolicy policyOf(long clusterId) {
        return policies.getOrDefault(clusterId, FailoverPolicy.OFF);
    }
}
