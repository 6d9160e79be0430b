package dev.deviceha.failover;

import java.util.List;

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

    public List<Long> breakingHostIds() {
        return breaches.stream().map(Breach::candidateHostId).toList();
    }
}
