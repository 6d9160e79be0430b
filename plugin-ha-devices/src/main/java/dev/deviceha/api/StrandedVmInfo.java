package dev.deviceha.api;

import java.util.List;

/** A VM a host failure would strand: where it runs, each {@code KIND/tag} it would lack, and why. */
public record StrandedVmInfo(VmRef vm, HostRef host, List<String> missingTags, String reason) {
    public StrandedVmInfo {
        missingTags = List.copyOf(missingTags);
    }
}
