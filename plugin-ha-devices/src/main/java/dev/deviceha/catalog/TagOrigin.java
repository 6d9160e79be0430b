package dev.deviceha.catalog;

/** Who made a tag: an administrator (SR-IOV, HCT, PCI), or the plugin from a GPU model and vGPU profile. */
public enum TagOrigin {
    ADMIN,
    GENERATED
}
