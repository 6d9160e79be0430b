package dev.deviceha.model.inventory;

/** How a device unit exists on the host, which decides how it is prepared and how it appears in domain XML. */
public enum DeviceBacking {
    /** A PCI function passed as is: an SR-IOV VF or a whole device. */
    PCI_FUNCTION,
    /** An mdev type on a parent (GPU, GPU VF, or HCT's virtual parent): instances are created by UUID. */
    MDEV_TYPE,
    /** An NVIDIA VF that becomes a vGPU when a type id is written to {@code nvidia/current_vgpu_type}. */
    NVIDIA_VGPU_VF
}
