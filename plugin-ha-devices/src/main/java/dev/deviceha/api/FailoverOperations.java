package dev.deviceha.api;

import dev.deviceha.failover.ClusterWhatIf;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.Stranding;
import dev.deviceha.failover.TagCapacity;
import dev.deviceha.model.TagRef;
import java.util.ArrayList;
import java.util.List;

/** The failover capacity and what-if APIs: the failover service's answers with UUIDs and names. */
final class FailoverOperations {
    private final FailoverService failover;
    private final CloudStackLookup cloudStack;

    FailoverOperations(FailoverService failover, CloudStackLookup cloudStack) {
        this.failover = failover;
        this.cloudStack = cloudStack;
    }

    Page<FailoverCapacityInfo> capacity(FailoverCapacityFilter filter, PageRequest page) {
        List<FailoverCapacityInfo> rows = new ArrayList<>();
        for (TagCapacity row : failover.capacity(filter.zoneId(), filter.clusterId(), filter.tag())) {
            rows.add(new FailoverCapacityInfo(cluster(row.clusterId()), row.tag().toString(), row.total(), row.used(),
                    row.free(), row.needed(), hosts(row.worstHostIds()), row.headroom(),
                    failover.policyOf(row.clusterId()).describe(), row.policyHolds()));
        }
        return Pages.of(rows, page);
    }

    /** Exactly one of host and cluster. */
    Page<WhatIfInfo> whatIf(Long hostId, Long clusterId, PageRequest page) {
        if ((hostId == null) == (clusterId == null)) {
            throw DeviceHaApiException.invalidParameter("hostid", "give either hostid or clusterid");
        }
        List<WhatIfInfo> rows = new ArrayList<>();
        if (hostId != null) {
            long cluster = cloudStack.clusterOf(hostId).orElseThrow(() -> new DeviceHaApiException(
                    DeviceHaApiException.Failure.NOT_FOUND, "host is in no cluster"));
            failover.ifHostFails(hostId).ifPresent(s -> rows.add(info(cluster, s, false)));
        } else {
            ClusterWhatIf whatIf = failover.whatIf(clusterId);
            whatIf.hosts().forEach(s -> rows.add(info(clusterId, s, false)));
            whatIf.worstPair().ifPresent(s -> rows.add(info(clusterId, s, true)));
        }
        return Pages.of(rows, page);
    }

    private WhatIfInfo info(long clusterId, Stranding stranding, boolean worstPair) {
        return new WhatIfInfo(cluster(clusterId), hosts(stranding.failedHostIds()), stranding.restartable(),
                stranding.stranded().stream().map(vm -> new StrandedVmInfo(
                        cloudStack.vm(vm.vmId()).orElse(new VmRef(null, vm.name())), host(vm.hostId()),
                        vm.missingTags().stream().map(TagRef::toString).toList(), vm.missing())).toList(),
                worstPair);
    }

    private ClusterRef cluster(long clusterId) {
        return cloudStack.cluster(clusterId).orElse(new ClusterRef(null, null, "id " + clusterId));
    }

    private List<HostRef> hosts(List<Long> hostIds) {
        return hostIds.stream().map(this::host).toList();
    }

    private HostRef host(long hostId) {
        return cloudStack.host(hostId).orElse(new HostRef(null, null, null, "id " + hostId));
    }
}
