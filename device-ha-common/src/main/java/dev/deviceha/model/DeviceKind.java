package dev.deviceha.model;

import java.util.Locale;

/** The kinds of host device this project makes highly available. */
public enum DeviceKind {
    /** A virtual function of an SR-IOV NIC, attached as {@code <interface type='hostdev'>}. */
    SRIOV_VF,
    /** A vGPU: an NVIDIA mdev, or (vGPU 17+) an NVIDIA VF with a vGPU type set. */
    VGPU,
    /** A Hygon HCT crypto mdev, passed to QEMU's {@code hct} device. */
    HCT,
    /** A whole PCI device (GPU, FPGA, NVMe) passed through as is. */
    PCI;

    /** Tags of every kind but VGPU are defined by admins; VGPU tags are generated from model and profile. */
    public boolean hasAdminDefinedTags() {
        return this != VGPU;
    }

    /**
     * Accepts the canonical upper-case name or its lower-case form, nothing else. Comparing against each name
     * instead of upper-casing the input keeps look-alikes out: upper-casing maps the Turkish dotless '\u0131' and
     * the long s '\u017f' to ASCII 'I' and 'S'.
     */
    public static DeviceKind parse(String value) {
        if (value != null) {
            for (DeviceKind kind : values()) {
                if (kind.name().equals(value) || kind.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return kind;
                }
            }
        }
        throw new InvalidValueException("device kind", value, "expected one of SRIOV_VF, VGPU, HCT, PCI");
    }
}
