package dev.deviceha.discovery.context;

import dev.deviceha.discovery.libvirt.MdevNodeDevice;
import dev.deviceha.discovery.libvirt.NodeDevices;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The host's existing mdevs: those in sysfs ({@code bus/mdev/devices/<uuid>/mdev_type} names type and parent),
 * plus those only libvirt lists. sysfs wins on conflict, being the kernel's own view.
 */
public final class MdevInstances {
    private static final Logger LOG = LogManager.getLogger(MdevInstances.class);
    private static final String HCT_PARENT = "hct";

    private final List<MdevInstance> instances;

    private MdevInstances(List<MdevInstance> instances) {
        this.instances = List.copyOf(instances);
    }

    public static MdevInstances read(Sysfs sysfs, NodeDevices devices, Warnings warnings) {
        Map<MdevUuid, MdevInstance> byUuid = new LinkedHashMap<>();
        List<String> names;
        try {
            names = sysfs.list(sysfs.at("bus/mdev/devices"));
        } catch (IOException e) {
            warnings.add("mdev devices", "sysfs unreadable: " + e.getMessage());
            names = List.of();
        }
        for (String name : names) {
            try {
                MdevUuid uuid = MdevUuid.parse(name);
                fromSysfs(sysfs, uuid).ifPresent(instance -> byUuid.put(uuid, instance));
            } catch (IOException | InvalidValueException e) {
                warnings.add("mdev " + InvalidValueException.quote(name), "skipped: " + e.getMessage());
            }
        }
        for (MdevNodeDevice mdev : devices.mdevs()) {
            if (byUuid.containsKey(mdev.uuid())) {
                continue;
            }
            PciNodeDevice parent = mdev.parentName() == null ? null : devices.named(mdev.parentName());
            if (parent == null) {
                // Not on a PCI parent libvirt lists (a sample driver such as mtty, an s390 device): not ours.
                LOG.debug("Ignoring mdev {} on non-PCI parent {}", mdev.uuid(), mdev.parentName());
            } else {
                byUuid.put(mdev.uuid(), new MdevInstance(mdev.uuid(), parent.address().toString(), mdev.type()));
            }
        }
        return new MdevInstances(new ArrayList<>(byUuid.values()));
    }

    public List<MdevInstance> of(String parentKey, MdevTypeId type) {
        return instances.stream().filter(i -> i.belongsTo(parentKey, type)).toList();
    }

    private static Optional<MdevInstance> fromSysfs(Sysfs sysfs, MdevUuid uuid) throws IOException {
        Optional<Path> typeDir = sysfs.resolve(sysfs.mdevDevice(uuid).resolve("mdev_type"));
        if (typeDir.isEmpty()) {
            // Removed between listing and reading: nothing left to report.
            return Optional.empty();
        }
        MdevTypeId type = MdevTypeId.parse(typeDir.get().getFileName().toString());
        // <parent>/mdev_supported_types/<type>
        String parentName = typeDir.get().getParent().getParent().getFileName().toString();
        String parent = HCT_PARENT.equals(parentName) ? HCT_PARENT : PciAddress.parse(parentName).toString();
        return Optional.of(new MdevInstance(uuid, parent, type));
    }
}
