package dev.deviceha.failover;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Why starting a VM on a candidate host would break the cluster's failover protection: after it, a failure of
 * {@code failedHostIds} would strand {@code stranded} (possibly the starting VM itself).
 */
public record Breach(long candidateHostId, List<Long> failedHostIds, StrandedVm stranded) {
    public Breach {
        failedHostIds = List.copyOf(failedHostIds);
    }

    /**
     * For operators: {@code on host kvm-b it would leave VM trader-1 without a host with its devices if host kvm-a
     * failed: no host has the requested devices free: SRIOV_VF/trading-net (needs 2, at most 1 free on one host)}.
     */
    public String describe(LongFunction<String> hostName) {
        String failed = failedHostIds.stream().map(hostName::apply).collect(Collectors.joining(" and "));
        return "on host " + hostName.apply(candidateHostId) + " it would leave VM " + stranded.name()
                + " without a host for its devices if " + (failedHostIds.size() == 1 ? "host " : "hosts ") + failed
                + " failed: " + stranded.missing();
    }
}
