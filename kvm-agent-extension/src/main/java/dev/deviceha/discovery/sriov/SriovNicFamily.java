package dev.deviceha.discovery.sriov;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The VFs of SR-IOV network PFs. A VF is in use when a running domain holds it, or when the host uses it
 * ({@link dev.deviceha.sysfs.HostUse#ofFunction}: its netdev up or enslaved to a bridge or bond); otherwise it is
 * free. A VF bound to its network driver is offered: libvirt rebinds it to vfio-pci at VM start.
 */
public final class SriovNicFamily implements DeviceFamily {
    private static final int NETWORK_BASE_CLASS = 0x02;

    @Override
    public List<HostDevice> discover(ScanContext context) {
        List<HostDevice> out = new ArrayList<>();
        for (PciNodeDevice pf : context.devices().pci()) {
            if (pf.hasVirtualFunctions() && isNetwork(context, pf)) {
                String pfNetdev = pfNetdev(context, pf.address());
                for (int index = 0; index < pf.virtFunctions().size(); index++) {
                    vf(context, pf, pfNetdev, index).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static boolean isNetwork(ScanContext context, PciNodeDevice pf) {
        Integer classCode = context.classCode(pf);
        return classCode != null && classCode >> 16 == NETWORK_BASE_CLASS;
    }

    private static Optional<HostDevice> vf(ScanContext context, PciNodeDevice pf, String pfNetdev, int index) {
        PciAddress address = pf.virtFunctions().get(index);
        PciNodeDevice vf = context.devices().at(address);
        if (vf == null) {
            context.warn(address, "VF " + index + " of PF " + pf.address() + " is not a libvirt node device"
                    + " (VFs changed during the scan?); skipped");
            return Optional.empty();
        }
        try {
            if (!context.sysfs().exists(address)) {
                context.warn(address, "VF " + index + " of PF " + pf.address() + " vanished from sysfs; skipped");
                return Optional.empty();
            }
            String holder = context.domainUse().holderOf(address);
            if (holder == null) {
                holder = context.hostUse().ofFunction(address, context.boundDriver(vf)).map(use -> "host: " + use)
                        .orElse(null);
            }
            return Optional.of(context.pciEntry(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, address.toString(), vf)
                    .parentAddress(pf.address().toString())
                    .vfIndex(index)
                    .netdev(pfNetdev)
                    .usedBy(holder)
                    .build());
        } catch (IOException | InvalidValueException e) {
            context.warn(address, "host use of the VF unreadable, skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String pfNetdev(ScanContext context, PciAddress pf) {
        try {
            return context.hostUse().netdevs(pf).stream().findFirst().orElse(null);
        } catch (IOException e) {
            context.warn(pf, "PF netdev unreadable: " + e.getMessage());
            return null;
        }
    }
}
