package dev.deviceha.discovery.libvirt;

import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import java.util.HashMap;
import java.util.Map;

/** Which running domain holds which PCI function and which mdev, as the domains' XML says. */
public final class DomainDeviceUse {
    private final Map<PciAddress, String> pciHolders = new HashMap<>();
    private final Map<MdevUuid, String> mdevHolders = new HashMap<>();

    /** The domain holding the PCI function, or null when no running domain does. */
    public String holderOf(PciAddress address) {
        return pciHolders.get(address);
    }

    /** The domain holding the mdev, or null when no running domain does. */
    public String holderOf(MdevUuid uuid) {
        return mdevHolders.get(uuid);
    }

    void addPci(PciAddress address, String domain) {
        pciHolders.putIfAbsent(address, domain);
    }

    void addMdev(MdevUuid uuid, String domain) {
        mdevHolders.putIfAbsent(uuid, domain);
    }
}
