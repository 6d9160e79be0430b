package dev.deviceha.failover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a cluster's HA-enabled device VMs survive every failure of {@code failures} hosts (every host for 1, every
 * pair for 2): for each failure set, all the VMs of the failed hosts restarted together on the survivors' free
 * units, by the allocator's placement rules. And, for a VM being started, which candidate hosts keep that so.
 *
 * <p>Admission is incremental: a start on host h changes only h's free units, so a failure set whose restarts did
 * not use h is unaffected, one that did is re-checked on h alone first, and one that fails h places the new VM in
 * what its restarts left; only when those quick checks fail is the whole failure set planned again.
 */
public final class FailoverAnalysis {
    private final ClusterState state;
    private final int failures;
    private final Restarts restarts;
    private final ClusterModel.Capacity base;
    private final List<Restarts.Outcome> outcomes = new ArrayList<>();

    private FailoverAnalysis(ClusterState state, int failures, Set<Long> ignoredVms) {
        if (failures < 1 || failures > FailoverPolicy.MAX_HOSTS) {
            throw new IllegalArgumentException("failures must be 1 or 2, got " + failures);
        }
        this.state = state;
        this.failures = failures;
        ClusterModel model = new ClusterModel(state.usableHostIds(), state.devices());
        this.restarts = new Restarts(model,
                state.haVms().stream().filter(vm -> !ignoredVms.contains(vm.vmId())).toList());
        this.base = model.capacity();
        for (FailureSet set : FailureSet.all(model.hostCount(), failures)) {
            outcomes.add(restarts.evaluate(base, set, null));
        }
    }

    /** The cluster as it is, against {@code failures} simultaneous host failures (1 or 2). */
    public static FailoverAnalysis of(ClusterState state, int failures) {
        return new FailoverAnalysis(state, failures, Set.of());
    }

    public int failures() {
        return failures;
    }

    public ClusterState state() {
        return state;
    }

    /** True when no failure set strands a VM. */
    public boolean holds() {
        return outcomes.stream().allMatch(outcome -> outcome.strandedCount() == 0);
    }

    /** Every failure set, in host order, with what it would strand. */
    public List<Stranding> strandings() {
        return outcomes.stream().map(this::stranding).toList();
    }

    /** The failure set that strands the most VMs (the first on a tie); empty when the cluster has no host. */
    public Optional<Stranding> worst() {
        Restarts.Outcome worst = null;
        for (Restarts.Outcome outcome : outcomes) {
            if (worst == null || outcome.strandedCount() > worst.strandedCount()) {
                worst = outcome;
            }
        }
        return Optional.ofNullable(worst).map(this::stranding);
    }

    /** What a failure of exactly these hosts would strand (hosts not in the cluster are ignored). */
    public Stranding ifHostsFail(List<Long> hostIds) {
        List<Integer> indices = hostIds.stream().map(restarts.model()::indexOf).filter(i -> i >= 0).distinct()
                .toList();
        FailureSet set = new FailureSet(indices.isEmpty() ? FailureSet.NONE : indices.get(0),
                indices.size() > 1 ? indices.get(1) : FailureSet.NONE);
        return stranding(restarts.evaluate(base, set, null));
    }

    /**
     * Which candidates keep protection if the VM starts there: after the start, no failure set strands more VMs than
     * before (so in a cluster that is protected, none strands any). A candidate whose devices the model cannot place
     * is left to the allocator, which refuses it on its own.
     */
    public static AdmissionDecision admit(ClusterState state, FailoverPolicy policy, StartingVm vm,
            List<Long> candidateHostIds) {
        if (!policy.isOn()) {
            return new AdmissionDecision(policy, candidateHostIds, List.of());
        }
        return new FailoverAnalysis(state, policy.hosts(), Set.of(vm.vmId())).admit(policy, vm, candidateHostIds);
    }

    private AdmissionDecision admit(FailoverPolicy policy, StartingVm vm, List<Long> candidateHostIds) {
        ClusterModel model = restarts.model();
        List<Long> keeping = new ArrayList<>();
        List<Breach> breaches = new ArrayList<>();
        for (long hostId : candidateHostIds) {
            int h = model.indexOf(hostId);
            Restarts.Candidate starting = h < 0 ? null
                    : Restarts.Candidate.of(model, vm.vmId(), vm.name(), h, vm.demand());
            ClusterModel.Capacity after = base.copy();
            if (starting == null || !model.place(after, h, starting.demand())) {
                keeping.add(hostId);
                continue;
            }
            Optional<Breach> breach = firstBreach(hostId, h, after, vm.haEnabled() ? starting : null);
            if (breach.isPresent()) {
                breaches.add(breach.get());
            } else {
                keeping.add(hostId);
            }
        }
        return new AdmissionDecision(policy, keeping, breaches);
    }

    private Optional<Breach> firstBreach(long hostId, int h, ClusterModel.Capacity after, Restarts.Candidate starting) {
        for (Restarts.Outcome before : outcomes) {
            if (stillHolds(before, h, after, starting)) {
                continue;
            }
            Restarts.Outcome replanned = restarts.evaluate(before.set().contains(h) ? base : after, before.set(),
                    starting);
            if (replanned.strandedCount() > before.strandedCount()) {
                return Optional.of(new Breach(hostId, hostIds(before.set()), newlyStranded(before, replanned)));
            }
        }
        return Optional.empty();
    }

    /** The quick checks: true when the failure set's restarts still work out as before with the start on h. */
    private boolean stillHolds(Restarts.Outcome before, int h, ClusterModel.Capacity after,
            Restarts.Candidate starting) {
        ClusterModel model = restarts.model();
        if (before.set().contains(h)) {
            if (starting == null) {
                return true;
            }
            ClusterModel.Capacity left = before.residual().copy();
            return restarts.firstFit(left, before.set(), starting.demand()) >= 0;
        }
        if (!before.uses(h)) {
            return true;
        }
        ClusterModel.Capacity onlyH = after.copy();
        for (Restarts.Candidate placed : before.on(h)) {
            if (!model.place(onlyH, h, placed.demand())) {
                return false;
            }
        }
        return true;
    }

    private StrandedVm newlyStranded(Restarts.Outcome before, Restarts.Outcome after) {
        Set<Long> strandedBefore = new HashSet<>();
        restarts.stranded(before).forEach(vm -> strandedBefore.add(vm.vmId()));
        List<StrandedVm> now = restarts.stranded(after);
        return now.stream().filter(vm -> !strandedBefore.contains(vm.vmId())).findFirst().orElse(now.get(0));
    }

    private Stranding stranding(Restarts.Outcome outcome) {
        List<StrandedVm> stranded = restarts.stranded(outcome);
        return new Stranding(hostIds(outcome.set()), outcome.order().size() - stranded.size(), stranded);
    }

    private List<Long> hostIds(FailureSet set) {
        return set.hosts().stream().filter(h -> h >= 0).map(h -> restarts.model().hostIds[h]).toList();
    }
}
