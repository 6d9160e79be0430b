package dev.deviceha.benchmarks;

import dev.deviceha.allocation.AllocatableDevice;
import dev.deviceha.allocation.UnitPicker;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.failover.AdmissionDecision;
import dev.deviceha.failover.ClusterState;
import dev.deviceha.failover.FailoverAnalysis;
import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.failover.FailoverVm;
import dev.deviceha.failover.StartingVm;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Failover admission of one start over every candidate host of a cluster of 32 hosts with 12 tags and 500 HA-enabled
 * device VMs. Targets: median under 5 ms for one host failure, under 50 ms for two (every pair).
 *
 * <p>Each host has, on two NUMA nodes, VFs of 6 SR-IOV tags, HCT units of 2 tags, and 2 GPUs offering two vGPU types
 * each (4 vGPU tags; a GPU runs one type). The 500 VMs ask for one or two tags (1 or 2 units, a third with NUMA
 * {@code required}) and are placed by the allocator's own {@link UnitPicker} with a fixed seed, so the cluster is
 * busy but survives two failures. What is measured is the whole decision from the cluster's state: every failure
 * set's restarts, then each candidate; reading that state from the database is two statements and not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FailoverAdmissionBenchmark {
    private static final int HOSTS = 32;
    private static final int VMS = 500;
    private static final List<TagRef> VF_TAGS = tags(DeviceKind.SRIOV_VF, "net", 6);
    private static final List<TagRef> HCT_TAGS = tags(DeviceKind.HCT, "crypto", 2);
    private static final List<TagRef> VGPU_TAGS = tags(DeviceKind.VGPU, "t4-q", 4);

    private ClusterState cluster;
    private StartingVm starting;
    private List<Long> candidates;

    @Setup
    public void buildCluster() {
        Random random = new Random(42);
        Map<Long, List<AllocatableDevice>> devices = new HashMap<>();
        long id = 1;
        for (long host = 1; host <= HOSTS; host++) {
            List<AllocatableDevice> onHost = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                for (TagRef tag : VF_TAGS) {
                    for (int vf = 0; vf < 8; vf++, id++) {
                        onHost.add(device(id, host, String.format("0000:%02x:%02x.%d", 0x3b + node, id / 8 % 32,
                                id % 8), tag, DeviceBacking.PCI_FUNCTION, null, null, node, 1));
                    }
                }
                for (TagRef tag : HCT_TAGS) {
                    onHost.add(device(id, host, "hct-" + node + "/" + tag.name().value(), tag,
                            DeviceBacking.MDEV_TYPE, "hct-" + node, MdevTypeId.parse("hct"), node, 8));
                    id++;
                }
                String gpu = String.format("0000:%02x:00.0", 0xaf + node);
                for (int type = 0; type < 2; type++, id++) {
                    TagRef tag = VGPU_TAGS.get(node * 2 + type);
                    onHost.add(device(id, host, gpu + "/nvidia-" + (230 + type), tag, DeviceBacking.MDEV_TYPE,
                            gpu, MdevTypeId.parse("nvidia-" + (230 + type)), node, 8));
                }
            }
            devices.put(host, onHost);
        }
        List<FailoverVm> vms = new ArrayList<>();
        List<TagRef> all = new ArrayList<>(VF_TAGS);
        all.addAll(HCT_TAGS);
        all.addAll(VGPU_TAGS);
        for (int v = 0; vms.size() < VMS; v++) {
            List<UnitRequest> demand = new ArrayList<>();
            TagRef first = all.get(random.nextInt(all.size()));
            demand.add(new UnitRequest(first, 1 + random.nextInt(2),
                    v % 3 == 0 ? NumaPolicy.REQUIRED : NumaPolicy.NONE));
            if (random.nextBoolean()) {
                TagRef second = HCT_TAGS.get(random.nextInt(HCT_TAGS.size()));
                if (!second.equals(first)) {
                    demand.add(new UnitRequest(second, 1, NumaPolicy.NONE));
                }
            }
            long host = 1 + v % HOSTS;
            UnitPicker.Picks picks = UnitPicker.pick(devices.get(host), demand);
            if (picks.granted()) {
                devices.put(host, taking(devices.get(host), picks));
                vms.add(new FailoverVm(1000 + v, "vm-" + v, host, demand));
            }
        }
        cluster = new ClusterState(1, LongStream.rangeClosed(1, HOSTS).boxed().toList(),
                devices.values().stream().flatMap(List::stream).toList(), vms);
        starting = new StartingVm(99_999, "new-vm", true,
                List.of(new UnitRequest(VF_TAGS.get(0), 2, NumaPolicy.REQUIRED),
                        new UnitRequest(HCT_TAGS.get(0), 1, NumaPolicy.NONE)));
        candidates = cluster.usableHostIds();
        for (int failures = 1; failures <= 2; failures++) {
            if (!FailoverAnalysis.of(cluster, failures).holds()) {
                throw new IllegalStateException("the benchmark cluster must survive " + failures + " failure(s)");
            }
        }
    }

    @Benchmark
    public AdmissionDecision oneHostFailure() {
        return FailoverAnalysis.admit(cluster, new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE), starting,
                candidates);
    }

    @Benchmark
    public AdmissionDecision twoHostFailures() {
        return FailoverAnalysis.admit(cluster, new FailoverPolicy(2, FailoverPolicy.Mode.ENFORCE), starting,
                candidates);
    }

    private static AllocatableDevice device(long id, long host, String address, TagRef tag, DeviceBacking backing,
            String parent, MdevTypeId type, int node, int capacity) {
        return new AllocatableDevice(id, host, address, tag, backing, parent, type, node, capacity, true, Set.of());
    }

    private static List<AllocatableDevice> taking(List<AllocatableDevice> devices, UnitPicker.Picks picks) {
        Map<Long, Set<Integer>> taken = new HashMap<>();
        picks.units().forEach(unit -> taken.computeIfAbsent(unit.pool().deviceId(), d -> new HashSet<>())
                .add(unit.slot()));
        return devices.stream().map(d -> {
            Set<Integer> slots = taken.get(d.deviceId());
            if (slots == null) {
                return d;
            }
            slots.addAll(d.takenSlots());
            return new AllocatableDevice(d.deviceId(), d.hostId(), d.address(), d.tag(), d.backing(),
                    d.parentAddress(), d.type(), d.numaNode(), d.capacity(), d.allocatable(), slots);
        }).toList();
    }

    private static List<TagRef> tags(DeviceKind kind, String prefix, int count) {
        List<TagRef> tags = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tags.add(TagRef.of(kind, kind == DeviceKind.VGPU ? "t4-" + i + "q" : prefix + "-" + i));
        }
        return tags;
    }
}
