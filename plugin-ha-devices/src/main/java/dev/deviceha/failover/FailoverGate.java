package dev.deviceha.failover;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Failover admission of a normal start, decided for the host allocator (and the drill): of the candidates that have
 * the VM's devices, the ones that would break the cluster's failover capacity are avoided when another keeps it;
 * when none keeps it, {@code enforce} refuses the start and {@code warn} lets it go and records the loss in the
 * shared database, which says whether this is the first to see it (and so alerts). Never for an HA restart.
 */
public final class FailoverGate {
    private final FailoverService failover;

    public FailoverGate(FailoverService failover) {
        this.failover = failover;
    }

    /**
     * What the allocator does.
     *
     * @param avoid   candidates to put into the ExcludeList
     * @param reason  why they are avoided, for the log; null when none is
     * @param refusal the start's error under {@code enforce} when no candidate keeps protection; null otherwise
     * @param lost    the change to alert under {@code warn}, when this start is the first to see the loss
     * @param cause   what caused the loss, for that alert
     */
    public record Verdict(List<Long> avoid, String reason, String refusal, FailoverChange lost, String cause) {
        public Verdict {
            avoid = List.copyOf(avoid);
        }

        static final Verdict ADMIT = new Verdict(List.of(), null, null, null, null);
    }

    /** @param clusterName looked up only for a refusal */
    public Verdict screen(long clusterId, LongFunction<String> clusterName, StartingVm vm, List<Long> fittingHostIds,
            LongFunction<String> hostName) {
        AdmissionDecision decision = failover.admit(clusterId, vm, fittingHostIds);
        if (decision.breaches().isEmpty()) {
            return Verdict.ADMIT;
        }
        Breach first = decision.breaches().get(0);
        String reason = first.describe(hostName);
        if (!decision.keeping().isEmpty()) {
            return new Verdict(decision.breakingHostIds(), reason, null, null, null);
        }
        if (decision.policy().enforced()) {
            String refusal = decision.refusal(vm.name(), clusterName.apply(clusterId), hostName);
            return new Verdict(decision.breakingHostIds(), reason, refusal, null, null);
        }
        Optional<FailoverChange> lost = failover.record(clusterId, decision.policy(), false,
                new Stranding(first.failedHostIds(), 0, List.of(first.stranded())));
        String hosts = decision.breakingHostIds().stream().map(hostName::apply).collect(Collectors.joining(", "));
        return new Verdict(List.of(), reason, null, lost.orElse(null), "VM " + vm.name() + " was started under"
                + " deviceha.failover.policy=warn although no host that has its devices (" + hosts + ") keeps the"
                + " cluster's failover capacity");
    }
}
