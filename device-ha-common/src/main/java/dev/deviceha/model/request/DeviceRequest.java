package dev.deviceha.model.request;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a VM asks for: {@code count} interchangeable devices of one tag, how strictly they must share a NUMA node,
 * and for an SR-IOV VF the network settings every VF of the request gets.
 *
 * @param vlan       the VLAN the VFs are tagged with, null for untagged
 * @param trust      VF trust, null to leave the host default
 * @param spoofCheck VF spoof checking, null to leave the host default
 * @param macs       fixed MACs for the first {@code macs.size()} devices; the others get generated MACs
 */
public record DeviceRequest(
        TagRef tag,
        int count,
        NumaPolicy numa,
        VlanId vlan,
        Boolean trust,
        Boolean spoofCheck,
        List<MacAddress> macs) {
    public static final int MAX_COUNT = 16;

    public DeviceRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(numa, "numa");
        macs = List.copyOf(macs);
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidValueException("device count", Integer.toString(count), "expected 1 to " + MAX_COUNT);
        }
        if (tag.kind() != DeviceKind.SRIOV_VF
                && (vlan != null || trust != null || spoofCheck != null || !macs.isEmpty())) {
            throw new InvalidValueException("device request", tag.toString(),
                    "vlan, trust, spoofchk and mac apply to SRIOV_VF requests only");
        }
        if (macs.size() > count) {
            throw new InvalidValueException("device request", tag.toString(),
                    macs.size() + " MACs for " + count + " devices: at most one MAC per device");
        }
        if (new HashSet<>(macs).size() != macs.size()) {
            throw new InvalidValueException("device request", tag.toString(), "the same MAC is given twice");
        }
    }

    /** {@code count} devices of {@code tag}, no NUMA constraint, host defaults for everything else. */
    public static DeviceRequest of(TagRef tag, int count) {
        return new DeviceRequest(tag, count, NumaPolicy.NONE, null, null, null, List.of());
    }

    public static Builder builder(TagRef tag) {
        return new Builder(tag);
    }

    /** Fills the optional parts of a request; {@link #build()} validates the whole. */
    public static final class Builder {
        private final TagRef tag;
        private int count = 1;
        private NumaPolicy numa = NumaPolicy.NONE;
        private VlanId vlan;
        private Boolean trust;
        private Boolean spoofCheck;
        private List<MacAddress> macs = List.of();

        private Builder(TagRef tag) {
            this.tag = tag;
        }

        public Builder count(int value) { this.count = value; return this; }
        public Builder numa(NumaPolicy value) { this.numa = value; return this; }
        public Builder vlan(VlanId value) { this.vlan = value; return this; }
        public Builder trust(Boolean value) { this.trust = value; return this; }
        public Builder spoofCheck(Boolean value) { this.spoofCheck = value; return this; }
        public Builder macs(List<MacAddress> value) { this.macs = value; return this; }

        public DeviceRequest build() {
            return new DeviceRequest(tag, count, numa, vlan, trust, spoofCheck, macs);
        }
    }
}
