package dev.deviceha.allocation;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;

/** The units of one tag a VM holds on one host, with the NUMA policy they were allocated under. */
public record Holding(Key key, String vmInstanceName, int units) {

    public record Key(long vmId, long hostId, TagRef tag, NumaPolicy numa) {
    }

    public long vmId() {
        return key.vmId();
    }

    public long hostId() {
        return key.hostId();
    }

    /** What an HA restart of the VM would ask for this tag. */
    public UnitRequest request() {
        return new UnitRequest(key.tag(), units, key.numa());
    }
}
