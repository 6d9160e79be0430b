package dev.deviceha.failover;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Which candidate hosts keep the cluster's failover protection if the VM starts there, and why each other one
 * breaks it. With the policy off every candidate keeps it.
 */
public record AdmissionDecision(FailoverPolicy policy, List<Long> keeping, List<Breach> breaches) {
    public AdmissionDecision {
        keeping = List.copyOf(keeping);
        breaches = List.copyOf(breaches);
    }

    public boolean noneKeeps() {
        return keeping.isEmpty() && !breaches.isEmpty();
    }

    /**
     * Why an enforced start is refused: {@code Cannot start VM web-2 in cluster c1 without breaking its failover
     * capacity for devices (deviceha.failover.hosts=1, deviceha.failover.policy=enforce): on host kvm-b it would
     * leave VM trader-1 without a host for its devices if host kvm-a failed: ... SRIOV_VF/trading-net ...}.
     */
    public String refusal(String vmName, String cluster, LongFunction<String> hostName) {
        String others = breaches.size() > 1 ? " (and likewise on " + (breaches.size() - 1) + " other host(s))" : "";
        return "Cannot start VM " + vmName + " in cluster " + cluster + " without breaking its failover capacity for"
                + " devices (" + policy.describe() + "): " + breaches.get(0).describe(hostName) + others;
    }

    public List<Long> breakingHostIds() {
        return breaches.stream().map(Breach::candidateHostId).toList();
    }
}
