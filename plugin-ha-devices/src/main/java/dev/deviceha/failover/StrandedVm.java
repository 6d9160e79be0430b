package dev.deviceha.failover;

import dev.deviceha.model.TagRef;
import java.util.List;

/**
 * An HA-enabled VM that could not be restarted with its devices if its host failed together with the others of a
 * failure set.
 *
 * @param missing     what it lacks, e.g. {@code no host has the requested devices free: SRIOV_VF/trading-net
 *                    (needs 2, at most 1 free on one host)}
 * @param missingTags each {@code KIND/tag} it lacks
 */
public record StrandedVm(long vmId, String name, long hostId, String missing, List<TagRef> missingTags) {
    public StrandedVm {
        missingTags = List.copyOf(missingTags);
    }
}
