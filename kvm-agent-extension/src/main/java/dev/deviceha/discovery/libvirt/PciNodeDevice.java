package dev.deviceha.discovery.libvirt;

import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.model.PciAddress;
import java.util.List;
import java.util.Objects;

/**
 * A PCI node device as libvirt describes it. Optional facts libvirt did not print are null.
 *
 * @param classCode     {@code 0xCCSSPP}, or null (older libvirt omits it)
 * @param physFunction  the PF when this is a VF
 * @param virtFunctions the enabled VFs, in VF-index order (libvirt lists {@code virtfn0}, {@code virtfn1}, ...)
 */
public record PciNodeDevice(
        String name,
        PciAddress address,
        Integer classCode,
        String vendorId,
        String productId,
        String vendorName,
        String productName,
        String driver,
        Integer numaNode,
        Integer iommuGroup,
        PciAddress physFunction,
        List<PciAddress> virtFunctions,
        List<MdevType> mdevTypes) {

    public PciNodeDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        virtFunctions = List.copyOf(virtFunctions);
        mdevTypes = List.copyOf(mdevTypes);
    }

    public boolean isVirtualFunction() {
        return physFunction != null;
    }

    public boolean hasVirtualFunctions() {
        return !virtFunctions.isEmpty();
    }

    public boolean isMdevParent() {
        return !mdevTypes.isEmpty();
    }
}
