package dev.deviceha.failover;

import static dev.deviceha.failover.Inventory.CRYPTO;
import static dev.deviceha.failover.Inventory.NET;
import static dev.deviceha.failover.Inventory.T4_1Q;
import static dev.deviceha.failover.Inventory.T4_2Q;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.allocation.UnitPicker;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Admission against an exhaustive search, on small random clusters (fixed seeds): 2 to 4 hosts with VFs on two NUMA
 * nodes, HCT units and GPUs offering two vGPU types; up to 6 HA VMs placed by the allocator; then a start. For every
 * cluster that is protected before the start, the hosts admission keeps are exactly the hosts after which the
 * exhaustive search restarts the VMs of every failure set, and a kept host never lets a failure strand a VM.
 */
class FailoverAdmissionRandomTest {
    private static final TagRef[] TAGS = {NET, CRYPTO, T4_1Q, T4_2Q};
    private static final int CLUSTERS = 400;

    @ParameterizedTest(name = "{0} host failure(s)")
    @ValueSource(ints = {1, 2})
    void admission_keepsExactlyTheHostsTheExhaustiveSearchKeeps(int failures) {
        Random random = new Random(20261206L + failures);
        int protectedBefore = 0;
        int refusals = 0;
        for (int n = 0; n < CLUSTERS; n++) {
            Cluster cluster = Cluster.random(random);
            if (!survivesEveryFailure(cluster.inventory, cluster.hosts, cluster.vms, failures)) {
                continue;
            }
            protectedBefore++;
            StartingVm starting = new StartingVm(999, "new-vm", random.nextBoolean(), demand(random));
            List<Long> candidates = cluster.hosts.stream()
                    .filter(host -> fits(cluster.inventory, host, starting.demand())).toList();

            AdmissionDecision decision = FailoverAnalysis.admit(
                    new ClusterState(1, cluster.hosts, cluster.inventory.devices(), cluster.vms),
                    new FailoverPolicy(failures, FailoverPolicy.Mode.ENFORCE), starting, candidates);

            List<Long> exhaustive = candidates.stream()
                    .filter(host -> keepsProtection(cluster, host, starting, failures)).toList();
            assertThat(decision.keeping()).as("cluster %d: %s, starting %s", n, cluster, starting).isEqualTo(exhaustive);
            refusals += decision.breaches().size();
        }
        assertThat(protectedBefore).as("protected clusters tried").isGreaterThan(CLUSTERS / 4);
        assertThat(refusals).as("starts refused somewhere").isGreaterThan(10);
    }

    private static boolean keepsProtection(Cluster cluster, long host, StartingVm starting, int failures) {
        List<UnitPicker.PickedUnit> taken = cluster.inventory.allocate(host, starting.demand()).orElseThrow();
        List<FailoverVm> vms = new ArrayList<>(cluster.vms);
        if (starting.haEnabled()) {
            vms.add(new FailoverVm(starting.vmId(), starting.name(), host, starting.demand()));
        }
        boolean keeps = survivesEveryFailure(cluster.inventory, cluster.hosts, vms, failures);
        cluster.inventory.release(taken);
        return keeps;
    }

    private static boolean survivesEveryFailure(Inventory inventory, List<Long> hosts, List<FailoverVm> vms,
            int failures) {
        for (int a = 0; a < hosts.size(); a++) {
            for (int b = failures == 1 ? a : a + 1; b < (failures == 1 ? a + 1 : hosts.size()); b++) {
                List<Long> failed = List.of(hosts.get(a), hosts.get(b));
                List<Long> survivors = hosts.stream().filter(h -> !failed.contains(h)).toList();
                List<FailoverVm> toRestart = vms.stream().filter(vm -> failed.contains(vm.hostId())).toList();
                if (!ExhaustiveRestarts.survives(inventory, survivors, toRestart)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fits(Inventory inventory, long host, List<UnitRequest> demand) {
        Optional<List<UnitPicker.PickedUnit>> taken = inventory.allocate(host, demand);
        taken.ifPresent(inventory::release);
        return taken.isPresent();
    }

    private static List<UnitRequest> demand(Random random) {
        List<UnitRequest> demand = new ArrayList<>();
        int first = random.nextInt(TAGS.length);
        demand.add(request(random, TAGS[first]));
        if (random.nextInt(3) == 0) {
            TagRef second = TAGS[(first + 1 + random.nextInt(TAGS.length - 1)) % TAGS.length];
            demand.add(request(random, second));
        }
        return demand;
    }

    private static UnitRequest request(Random random, TagRef tag) {
        NumaPolicy numa = NumaPolicy.values()[random.nextInt(3)];
        return new UnitRequest(tag, 1 + random.nextInt(2), numa);
    }

    /** A random cluster: hosts, their devices, and HA VMs the allocator placed. */
    private record Cluster(Inventory inventory, List<Long> hosts, List<FailoverVm> vms) {
        static Cluster random(Random random) {
            Inventory inventory = new Inventory();
            List<Long> hosts = new ArrayList<>();
            int hostCount = 2 + random.nextInt(3);
            for (long h = 1; h <= hostCount; h++) {
                hosts.add(h);
                inventory.vfs(h, NET, 0, random.nextInt(3)).vfs(h, NET, 1, random.nextInt(3))
                        .vfs(h, CRYPTO, null, random.nextInt(3));
                if (random.nextBoolean()) {
                    inventory.gpu(h, random.nextInt(2), 1 + random.nextInt(3), 1 + random.nextInt(2));
                }
            }
            List<FailoverVm> vms = new ArrayList<>();
            int vmCount = random.nextInt(7);
            for (int v = 0; v < vmCount; v++) {
                long host = hosts.get(random.nextInt(hosts.size()));
                List<UnitRequest> demand = demand(random);
                if (inventory.allocate(host, demand).isPresent()) {
                    vms.add(new FailoverVm(100 + v, "vm-" + v, host, demand));
                }
            }
            return new Cluster(inventory, hosts, vms);
        }

        @Override
        public String toString() {
            return "hosts " + hosts + ", VMs " + vms + ", devices " + inventory.devices();
        }
    }
}
