package dev.deviceha.api;

import java.util.List;

/** What a rediscovery changed in one host's inventory. */
public record RediscoveryResult(HostRef host, int deviceCount, int added, int removed, List<String> warnings) {
    public RediscoveryResult {
        warnings = List.copyOf(warnings);
    }
}
