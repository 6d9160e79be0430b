package dev.deviceha.model.tag;

/** Who defines a device tag. */
public enum TagOrigin {
    /** Created by an admin for a kind whose devices only an admin can group (SR-IOV, HCT, whole PCI). */
    ADMIN,
    /** Derived from what the host reports (a vGPU's GPU model and profile), see {@link VgpuTagNamer}. */
    GENERATED
}
