package dev.deviceha.allocation;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small random failover storm where capacity is tight: 2 or 3 hosts of 2 NUMA nodes each, with a few VFs of the
 * common tag {@code a} per node, VFs of the scarce tag {@code b} on some hosts only, and one GPU per node offering
 * the vGPU types {@code x} (2 instances) and {@code y} (1 instance), one type per GPU; and 4 to 7 VMs arriving in
 * order, each asking for one or two of these, some NUMA-bound. Small enough for an exhaustive search.
 */
record StormInstance(List<List<AllocatableDevice>> hosts, List<List<UnitRequest>> vms) {
    static final TagRef A = TagRef.of(DeviceKind.SRIOV_VF, "a");
    static final TagRef B = TagRef.of(DeviceKind.SRIOV_VF, "b");
    static final TagRef X = TagRef.of(DeviceKind.VGPU, "x");
    static final TagRef Y = TagRef.of(DeviceKind.VGPU, "y");
    static final Set<TagRef> VGPU_TAGS = Set.of(X, Y);

    static StormInstance random(Random random) {
        int hostCount = 2 + random.nextInt(2);
        List<List<AllocatableDevice>> hosts = new ArrayList<>();
        long deviceId = 1;
        for (int h = 0; h < hostCount; h++) {
            List<AllocatableDevice> devices = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                int vfs = random.nextInt(4);
                for (int i = 0; i < vfs; i++) {
                    devices.add(vf(deviceId++, h, node, i, A));
                }
                if (node == 0 && random.nextInt(3) == 0) {
                    for (int i = 0; i < 1 + random.nextInt(2); i++) {
                        devices.add(vf(deviceId++, h, node, 8 + i, B));
                    }
                }
                if (random.nextInt(3) > 0) {
                    String gpu = "0000:" + (node == 0 ? "af" : "d8") + ":00.0";
                    devices.add(mdev(deviceId++, h, node, gpu, "nvidia-222", X, 2));
                    devices.add(mdev(deviceId++, h, node, gpu, "nvidia-223", Y, 1));
                }
            }
            hosts.add(devices);
        }
        List<List<UnitRequest>> vms = new ArrayList<>();
        int vmCount = 4 + random.nextInt(4);
        for (int v = 0; v < vmCount; v++) {
            List<UnitRequest> requests = new ArrayList<>();
            switch (random.nextInt(6)) {
                case 0 -> requests.add(new UnitRequest(A, 2, NumaPolicy.REQUIRED));
                case 1 -> requests.add(new UnitRequest(A, 1 + random.nextInt(2), NumaPolicy.NONE));
                case 2 -> {
                    requests.add(new UnitRequest(A, 1, NumaPolicy.NONE));
                    requests.add(new UnitRequest(B, 1, NumaPolicy.NONE));
                }
                case 3 -> requests.add(new UnitRequest(X, 1, NumaPolicy.NONE));
                case 4 -> requests.add(new UnitRequest(Y, 1, NumaPolicy.NONE));
                default -> {
                    requests.add(new UnitRequest(A, 1, NumaPolicy.REQUIRED));
                    requests.add(new UnitRequest(X, 1, NumaPolicy.NONE));
                }
            }
            vms.add(requests);
        }
        return new StormInstance(hosts, vms);
    }

    private static AllocatableDevice vf(long id, int host, int node, int index, TagRef tag) {
        return new AllocatableDevice(id, host, String.format("0000:%02x:02.%d", 0x3b + node, index), tag,
                DeviceBacking.PCI_FUNCTION, null, null, node, 1, true, Set.of());
    }

    private static AllocatableDevice mdev(long id, int host, int node, String gpu, String type, TagRef tag,
            int instances) {
        return new AllocatableDevice(id, host, gpu + "/" + type, tag, DeviceBacking.MDEV_TYPE, gpu,
                MdevTypeId.parse(type), node, instances, true, Set.of());
    }
}
