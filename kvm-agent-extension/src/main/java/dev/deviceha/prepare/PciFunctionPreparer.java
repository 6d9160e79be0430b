package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A VF or whole device is passed as is: it only has to exist and be free, that is neither held by another running
 * domain nor carrying traffic for the host through an interface that is up.
 */
final class PciFunctionPreparer implements BackingPreparer {
    private final Sysfs sysfs;
    private final HostDomains domains;

    PciFunctionPreparer(Sysfs sysfs, HostDomains domains) {
        this.sysfs = sysfs;
        this.domains = domains;
    }

    @Override
    public void prepare(VmInstanceName vm, AssignedDevice device) throws PreparationException, IOException {
        PciAddress address = device.address();
        if (address == null) {
            throw new PreparationException("the assignment gives no PCI address");
        }
        Path pci = sysfs.pciDevice(address);
        if (!sysfs.exists(pci)) {
            throw new PreparationException("no PCI device " + address + " on this host");
        }
        Optional<String> holder = domains.holderOf(DeviceKey.pci(address), vm);
        if (holder.isPresent()) {
            throw new PreparationException("used by running domain " + holder.get());
        }
        for (String netdev : sysfs.list(pci.resolve("net"))) {
            Optional<String> state = sysfs.read(pci.resolve("net").resolve(netdev).resolve("operstate"));
            if (state.isPresent() && state.get().equals("up")) {
                throw new PreparationException("the host uses it as network interface " + netdev + ", which is up");
            }
        }
    }
}
