package dev.deviceha.discovery.libvirt;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.prepare.RunningDomain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which running domain holds which PCI function and which mdev, as the domains' XML says. */
public final class DomainDeviceUse {
    private final Map<DeviceKey, String> holders = new HashMap<>();

    private DomainDeviceUse() {
    }

    /** The use of the given domains; a device two domains claim is held by the first. */
    public static DomainDeviceUse of(List<RunningDomain> domains) {
        DomainDeviceUse use = new DomainDeviceUse();
        for (RunningDomain domain : domains) {
            for (DeviceKey device : domain.devices()) {
                use.holders.putIfAbsent(device, domain.name());
            }
        }
        return use;
    }

    /** The domain holding the PCI function, or null when no running domain does. */
    public String holderOf(PciAddress address) {
        return holders.get(DeviceKey.pci(address));
    }

    /** The domain holding the mdev, or null when no running domain does. */
    public String holderOf(MdevUuid uuid) {
        return holders.get(DeviceKey.mdev(uuid));
    }
}
