package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.HostRef;
import dev.deviceha.api.WhatIfInfo;
import java.util.List;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceHaWhatIfResponse extends BaseResponse {
    @SerializedName(ApiConstants.CLUSTER_ID)
    @Param(description = "the UUID of the cluster")
    private final String clusterId;

    @SerializedName("clustername")
    @Param(description = "the name of the cluster")
    private final String clusterName;

    @SerializedName("failedhostids")
    @Param(description = "the UUIDs of the host, or of the two hosts, failing")
    private final List<String> failedHostIds;

    @SerializedName("failedhostnames")
    @Param(description = "the names of the failing hosts")
    private final List<String> failedHostNames;

    @SerializedName("worstpair")
    @Param(description = "true for the pair of hosts whose failure together would strand the most VMs, listed when"
            + " deviceha.failover.hosts is 2")
    private final boolean worstPair;

    @SerializedName("restartable")
    @Param(description = "how many HA-enabled device VMs of the failing hosts could all restart with their devices")
    private final int restartable;

    @SerializedName("strandedcount")
    @Param(description = "how many could not")
    private final int strandedCount;

    @SerializedName("strandedvm")
    @Param(description = "the VMs that could not restart with their devices", responseObject = StrandedVmResponse.class)
    private final List<StrandedVmResponse> stranded;

    public DeviceHaWhatIfResponse(WhatIfInfo info) {
        setObjectName("devicehawhatif");
        clusterId = info.cluster().uuid();
        clusterName = info.cluster().name();
        failedHostIds = info.failedHosts().stream().map(HostRef::uuid).toList();
        failedHostNames = info.failedHosts().stream().map(HostRef::name).toList();
        worstPair = info.worstPair();
        restartable = info.restartable();
        strandedCount = info.stranded().size();
        stranded = info.stranded().stream().map(StrandedVmResponse::new).toList();
    }
}
