package dev.deviceha.persistence;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.TagSource;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.tag.TagOrigin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Puts devices into a test database the way production does: a host report, then tags. */
public final class TestInventory {
    private final DataSource dataSource;

    public TestInventory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static HostDevice vf(String address, Integer numaNode) {
        return HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, address)
                .parentAddress("0000:3b:00.0").vendorId("15b3").productId("101e").driver("vfio-pci")
                .numaNode(numaNode).build();
    }

    public static HostDevice vgpuPool(String parent, String type, int total, Integer numaNode) {
        return HostDevice.builder(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE, parent + "/" + type)
                .parentAddress(parent).type(MdevTypeId.parse(type)).profileName("GRID " + type)
                .vendorId("10de").productId("1eb8").numaNode(numaNode)
                .totalInstances(total).availableInstances(total).build();
    }

    public static TagRef tag(DeviceKind kind, String name) {
        return TagRef.of(kind, name);
    }

    /** Reports the devices as the host's complete inventory, then gives each the tag (created when missing). */
    public void report(HostRef host, TagRef tag, List<HostDevice> devices) {
        report(host, devices);
        tagAll(host, tag, devices);
    }

    /** Reports the devices as the host's complete inventory: devices reported before and not now go MISSING. */
    public void report(HostRef host, List<HostDevice> devices) {
        new InventoryApplier(dataSource).apply(host, devices);
    }

    public void tagAll(HostRef host, TagRef tag, List<HostDevice> devices) {
        new DeviceTagRepository(dataSource).ensure(tag, null, TagOrigin.ADMIN);
        Set<String> addresses = devices.stream().map(HostDevice::address).collect(Collectors.toSet());
        InventoryEntries inventory = new InventoryEntries(dataSource);
        Map<Long, TagRef> tags = new HashMap<>();
        inventory.ofHost(host.hostId()).stream().filter(entry -> addresses.contains(entry.stored().address()))
                .forEach(entry -> tags.put(entry.stored().id(), tag));
        inventory.setTags(tags, TagSource.ADMIN);
    }
}
