package dev.deviceha.placement;

import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import java.util.ArrayList;
import java.util.List;

/** Builders that keep the placement tables readable. */
final class Devices {
    static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    static final TagRef SM_CRYPTO = TagRef.parse("HCT/sm-crypto");
    static final TagRef T4_1Q = TagRef.parse("VGPU/grid-t4-1q");

    private Devices() {
    }

    static DeviceRequest request(TagRef tag, int count, NumaPolicy policy) {
        return DeviceRequest.builder(tag).count(count).numa(policy).build();
    }

    static DeviceRequest request(TagRef tag, int count) {
        return request(tag, count, NumaPolicy.NONE);
    }

    static DevicePool pool(TagRef tag, Integer numaNode, int free) {
        return new DevicePool(tag, numaNode, free);
    }

    static HostDevices host(long id, DevicePool... pools) {
        return new HostDevices(id, List.of(pools));
    }

    static List<DeviceRequest> requests(DeviceRequest... requests) {
        return new ArrayList<>(List.of(requests));
    }
}
