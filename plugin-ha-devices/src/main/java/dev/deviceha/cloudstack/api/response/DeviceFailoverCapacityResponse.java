package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.FailoverCapacityInfo;
import dev.deviceha.api.HostRef;
import java.util.List;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceFailoverCapacityResponse extends BaseResponse {
    @SerializedName(ApiConstants.ZONE_ID)
    @Param(description = "the UUID of the cluster's zone")
    private final String zoneId;

    @SerializedName(ApiConstants.CLUSTER_ID)
    @Param(description = "the UUID of the cluster")
    private final String clusterId;

    @SerializedName("clustername")
    @Param(description = "the name of the cluster")
    private final String clusterName;

    @SerializedName("tag")
    @Param(description = "the device tag, as KIND/name")
    private final String tag;

    @SerializedName("total")
    @Param(description = "units of the tag on the cluster's Up and Enabled hosts, in use or free")
    private final int total;

    @SerializedName("used")
    @Param(description = "units of the tag allocated to VMs")
    private final int used;

    @SerializedName("free")
    @Param(description = "units of the tag that can be allocated")
    private final int free;

    @SerializedName("needed")
    @Param(description = "units of the tag the HA-enabled VMs of the worst host failure (or pair) hold")
    private final int needed;

    @SerializedName("worsthostids")
    @Param(description = "the UUIDs of the host (or two hosts) whose failure leaves the least headroom")
    private final List<String> worstHostIds;

    @SerializedName("worsthostnames")
    @Param(description = "the names of those hosts")
    private final List<String> worstHostNames;

    @SerializedName("headroom")
    @Param(description = "free units on the other hosts minus needed; negative when they cannot absorb the failure")
    private final int headroom;

    @SerializedName("policy")
    @Param(description = "the cluster's deviceha.failover.hosts and deviceha.failover.policy")
    private final String policy;

    @SerializedName("policyholds")
    @Param(description = "whether every failure the policy names leaves no HA-enabled VM short of this tag;"
            + " absent when deviceha.failover.hosts is 0")
    private final Boolean policyHolds;

    public DeviceFailoverCapacityResponse(FailoverCapacityInfo info) {
        setObjectName("devicefailovercapacity");
        zoneId = info.cluster().zoneUuid();
        clusterId = info.cluster().uuid();
        clusterName = info.cluster().name();
        tag = info.tag();
        total = info.total();
        used = info.used();
        free = info.free();
        needed = info.needed();
        worstHostIds = info.worstHosts().stream().map(HostRef::uuid).toList();
        worstHostNames = info.worstHosts().stream().map(HostRef::name).toList();
        headroom = info.headroom();
        policy = info.policy();
        policyHolds = info.policyHolds();
    }
}
