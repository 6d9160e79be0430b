package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.sysfs.HostNetdevs;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A VF or whole device is passed as is: it only has to exist and be free, that is neither held by another running
 * domain nor used by the host through a network interface ({@link HostNetdevs#active}, the rule discovery applies).
 */
final class PciFunctionPreparer implements BackingPreparer {
    private final Sysfs sysfs;

    PciFunctionPreparer(Sysfs sysfs) {
        this.sysfs = sysfs;
    }

    @Override
    public void prepare(VmInstanceName vm, AssignedDevice device, HostDomains domains)
            throws PreparationException, IOException {
        PciAddress address = device.address();
        if (address == null) {
            throw new PreparationException("the assignment gives no PCI address");
        }
        if (!sysfs.exists(sysfs.pciDevice(address))) {
            throw new PreparationException("no PCI device " + address + " on this host");
        }
        Optional<String> holder = domains.holderOf(DeviceKey.pci(address), vm);
        if (holder.isPresent()) {
            throw new PreparationException("used by running domain " + holder.get());
        }
        List<String> hostNetdevs = HostNetdevs.active(sysfs, address);
        if (!hostNetdevs.isEmpty()) {
            throw new PreparationException("the host uses it as network interface " + hostNetdevs.get(0)
                    + ", which is up or enslaved to a bridge or bond");
        }
    }
}
