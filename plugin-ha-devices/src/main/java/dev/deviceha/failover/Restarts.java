package dev.deviceha.failover;

import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.placement.HostFit;
import dev.deviceha.placement.MissingDevices;
import dev.deviceha.placement.Shortfall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Restarts the VMs of failed hosts on the survivors, all together, on a copy of the cluster's capacity: hardest
 * VMs first (NUMA {@code required}, then most units), each on the first surviving host it fits (host id order, as
 * FirstFit takes hosts). When that strands a VM, a bounded search over other assignments looks for one that
 * restarts them all, so a VM counts as stranded only when first fit and the search both fail.
 */
final class Restarts {
    /** Placements the search may try per failure set: exhaustive for small clusters, bounded for large ones. */
    static final int SEARCH_BUDGET = 4096;

    private static final Comparator<Candidate> HARDEST_FIRST = Comparator
            .comparing((Candidate c) -> !c.required())
            .thenComparing(Comparator.comparingInt(Candidate::units).reversed())
            .thenComparingLong(Candidate::vmId);

    private final ClusterModel model;
    private final List<Candidate> vms;
    private final List<List<Candidate>> byHost;

    /** A VM to restart: its id, name, host index and compiled demand. */
    record Candidate(long vmId, String name, int host, ClusterModel.Demand demand, List<UnitRequest> requests,
            boolean required, int units) {
        static Candidate of(ClusterModel model, long vmId, String name, int host, List<UnitRequest> requests) {
            return new Candidate(vmId, name, host, model.demand(requests), requests,
                    requests.stream().anyMatch(r -> r.numa() == NumaPolicy.REQUIRED),
                    requests.stream().mapToInt(UnitRequest::count).sum());
        }
    }

    /** The restarts of one failure set: the VMs in order, the host each went to (-1 stranded), what is left. */
    record Outcome(FailureSet set, List<Candidate> order, int[] placedOn, ClusterModel.Capacity residual) {
        int strandedCount() {
            int n = 0;
            for (int h : placedOn) {
                n += h < 0 ? 1 : 0;
            }
            return n;
        }

        boolean uses(int host) {
            for (int h : placedOn) {
                if (h == host) {
                    return true;
                }
            }
            return false;
        }

        /** The VMs placed on the host, in placement order. */
        List<Candidate> on(int host) {
            List<Candidate> placed = new ArrayList<>();
            for (int i = 0; i < placedOn.length; i++) {
                if (placedOn[i] == host) {
                    placed.add(order.get(i));
                }
            }
            return placed;
        }
    }

    Restarts(ClusterModel model, List<FailoverVm> haVms) {
        this.model = model;
        this.vms = new ArrayList<>();
        this.byHost = new ArrayList<>();
        for (int h = 0; h < model.hostCount(); h++) {
            byHost.add(new ArrayList<>());
        }
        for (FailoverVm vm : haVms) {
            int host = model.indexOf(vm.hostId());
            if (host >= 0) {
                Candidate candidate = Candidate.of(model, vm.vmId(), vm.name(), host, vm.demand());
                vms.add(candidate);
                byHost.get(host).add(candidate);
            }
        }
    }

    ClusterModel model() {
        return model;
    }

    List<Candidate> vmsOn(int host) {
        return byHost.get(host);
    }

    /** The restarts of the VMs on the failed hosts, plus {@code extra} when it is on one of them. */
    Outcome evaluate(ClusterModel.Capacity base, FailureSet set, Candidate extra) {
        List<Candidate> order = new ArrayList<>();
        for (int h : set.hosts()) {
            order.addAll(byHost.get(h));
        }
        if (extra != null && set.contains(extra.host())) {
            order.add(extra);
        }
        order.sort(HARDEST_FIRST);
        ClusterModel.Capacity capacity = base.copy();
        int[] placedOn = new int[order.size()];
        boolean stranded = false;
        for (int i = 0; i < order.size(); i++) {
            placedOn[i] = firstFit(capacity, set, order.get(i).demand());
            stranded |= placedOn[i] < 0;
        }
        if (stranded) {
            ClusterModel.Capacity searched = base.copy();
            int[] plan = new int[order.size()];
            if (search(searched, set, order, 0, plan, new int[] {SEARCH_BUDGET})) {
                return new Outcome(set, order, plan, searched);
            }
        }
        return new Outcome(set, order, placedOn, capacity);
    }

    int firstFit(ClusterModel.Capacity capacity, FailureSet set, ClusterModel.Demand demand) {
        for (int h = 0; h < model.hostCount(); h++) {
            if (!set.contains(h) && model.place(capacity, h, demand)) {
                return h;
            }
        }
        return -1;
    }

    private boolean search(ClusterModel.Capacity capacity, FailureSet set, List<Candidate> order, int i, int[] plan,
            int[] budget) {
        if (i == order.size()) {
            return true;
        }
        for (int h = 0; h < model.hostCount(); h++) {
            if (set.contains(h)) {
                continue;
            }
            if (budget[0]-- <= 0) {
                return false;
            }
            int[] free = capacity.free[h];
            int[] gpuType = capacity.gpuType[h];
            int[] tagFree = capacity.tagFree[h];
            if (model.place(capacity, h, order.get(i).demand())) {
                plan[i] = h;
                if (search(capacity, set, order, i + 1, plan, budget)) {
                    return true;
                }
                // place() swapped in new arrays, so the old ones are the state before it
                capacity.free[h] = free;
                capacity.gpuType[h] = gpuType;
                capacity.tagFree[h] = tagFree;
            }
        }
        return false;
    }

    /** The VMs the outcome strands, each with what it lacks on the surviving hosts once the others restarted. */
    List<StrandedVm> stranded(Outcome outcome) {
        List<StrandedVm> stranded = new ArrayList<>();
        for (int i = 0; i < outcome.placedOn().length; i++) {
            if (outcome.placedOn()[i] < 0) {
                stranded.add(describe(outcome.order().get(i), outcome));
            }
        }
        return stranded;
    }

    private StrandedVm describe(Candidate vm, Outcome outcome) {
        List<HostFit> shortHosts = new ArrayList<>();
        Set<TagRef> missing = new LinkedHashSet<>();
        for (int h = 0; h < model.hostCount(); h++) {
            if (outcome.set().contains(h)) {
                continue;
            }
            List<Shortfall> shortfalls = new ArrayList<>();
            for (int r = 0; r < vm.requests().size(); r++) {
                UnitRequest request = vm.requests().get(r);
                int usable = model.usable(outcome.residual(), h, vm.demand().tag()[r], request.numa());
                if (usable < request.count()) {
                    shortfalls.add(new Shortfall(request.tag(), request.count(), usable, request.numa()));
                    missing.add(request.tag());
                }
            }
            if (!shortfalls.isEmpty()) {
                shortHosts.add(new HostFit(model.hostIds[h], shortfalls));
            }
        }
        String reason;
        if (model.hostCount() - outcome.set().hosts().size() <= 0) {
            reason = "no other Up and Enabled host in its cluster";
        } else if (shortHosts.isEmpty()) {
            reason = "its devices do not fit together on any surviving host (vGPU types per GPU, NUMA nodes)";
            vm.requests().forEach(request -> missing.add(request.tag()));
        } else {
            reason = MissingDevices.describe(shortHosts);
        }
        return new StrandedVm(vm.vmId(), vm.name(), model.hostIds[vm.host()], reason, List.copyOf(missing));
    }
}
