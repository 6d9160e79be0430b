package dev.deviceha.scale;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.tag.TagOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The report of a large host, 300 devices: 4 SR-IOV PFs x 64 VFs (tagged {@code trading-net} by a rule on the
 * vendor id) and 4 T4-class GPUs x 11 vGPU types (tagged by their generated profile tags). Every fifth VF is held
 * by a VM: reported in use by it, and allocated to it by {@link #allocateUsedVfs}.
 */
public final class LargeHostReport {
    public static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    /** Every fifth VF is held by a VM. */
    public static final int USED = 5;
    private static final String[] PFS = {"0000:18:00.0", "0000:3b:00.0", "0000:5e:00.0", "0000:86:00.0"};
    private static final String[] GPUS = {"0000:af:00.0", "0000:b0:00.0", "0000:d8:00.0", "0000:d9:00.0"};

    private LargeHostReport() {
    }

    /** The tag and the rule that tags the VFs, as an admin creates them once. */
    public static void createRule(DataSource dataSource) {
        new DeviceTagRepository(dataSource).ensure(TRADING_NET, null, TagOrigin.ADMIN);
        new TagRuleRepository(dataSource).create(TRADING_NET, 100,
                new RuleSelector("15b3", null, null, null, null, null));
    }

    /** The 300 devices, each passed through {@code change} (identity for the unchanged report). */
    public static DiscoveryReport devices(UnaryOperator<List<HostDevice>> change) {
        List<HostDevice> devices = new ArrayList<>();
        for (int pf = 0; pf < PFS.length; pf++) {
            String bus = PFS[pf].substring(0, 8);
            for (int vf = 0; vf < 64; vf++) {
                HostDevice.Builder b = HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION,
                        String.format("%s%02x.%d", bus, 2 + vf / 8, vf % 8))
                        .parentAddress(PFS[pf]).vfIndex(vf).vendorId("15b3").productId("101e")
                        .vendorName("Mellanox Technologies").productName("ConnectX-6 Dx Virtual Function")
                        .numaNode(pf / 2).driver("vfio-pci").iommuGroup(100 + pf * 64 + vf);
                int index = pf * 64 + vf;
                if (index % USED == 0) {
                    b.usedBy(vmName(index));
                }
                devices.add(b.build());
            }
        }
        for (int gpu = 0; gpu < GPUS.length; gpu++) {
            for (int type = 0; type < 11; type++) {
                int instances = 16 >> Math.min(4, type / 2);
                devices.add(HostDevice.builder(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE,
                                GPUS[gpu] + "/nvidia-" + (222 + type))
                        .parentAddress(GPUS[gpu]).vendorId("10de").productId("1eb8")
                        .vendorName("NVIDIA Corporation").productName("TU104GL [Tesla T4]").numaNode(gpu / 2)
                        .type(MdevTypeId.parse("nvidia-" + (222 + type))).profileName("GRID T4-" + (type + 1) + "Q")
                        .availableInstances(instances).totalInstances(instances).build());
            }
        }
        return new DiscoveryReport(change.apply(devices), List.of());
    }

    /**
     * The report with 5 changes: two VFs changed driver, one its netdev, one vanished and a new one appeared (no
     * conflict with the allocations).
     */
    public static List<HostDevice> fiveChanges(List<HostDevice> devices) {
        List<HostDevice> list = new ArrayList<>(devices);
        list.set(1, list.get(1).toBuilder().driver("mlx5_core").build());
        list.set(2, list.get(2).toBuilder().driver("mlx5_core").build());
        list.set(3, list.get(3).toBuilder().netdev("ens0f0v3").build());
        list.remove(4);
        list.add(HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:18:0a.0")
                .parentAddress("0000:18:00.0").vfIndex(64).vendorId("15b3").productId("101e")
                .driver("vfio-pci").numaNode(0).build());
        return list;
    }

    /** Allocates the used VFs to their VMs, a day ago, as the allocator had done before the VMs started. */
    public static void allocateUsedVfs(DataSource dataSource, long hostId) {
        List<HostDevice> vfs = devices(UnaryOperator.identity()).devices().subList(0, 256);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO dha_allocation (vm_id, vm_instance_name, host_id, device_id, slot, tag_kind, tag_name,"
                        + " allocated_at) SELECT ?, ?, host_id, id, 0, 'SRIOV_VF', 'trading-net',"
                        + " UTC_TIMESTAMP(3) - INTERVAL 1 DAY FROM dha_host_device WHERE host_id = ? AND address = ?")) {
            for (int index = 0; index < vfs.size(); index += USED) {
                s.setLong(1, 1000 + index);
                s.setString(2, vmName(index));
                s.setLong(3, hostId);
                s.setString(4, vfs.get(index).address());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String vmName(int index) {
        return "i-2-" + (1000 + index) + "-VM";
    }
}
