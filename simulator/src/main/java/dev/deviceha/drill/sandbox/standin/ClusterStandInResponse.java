package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.response.ClusterResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The fields of CloudStack's ClusterResponse a client needs. */
public final class ClusterStandInResponse extends ClusterResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the cluster")
    private final String id;

    @SerializedName("name")
    @Param(description = "the name of the cluster")
    private final String name;

    @SerializedName("zoneid")
    @Param(description = "the UUID of the cluster's zone")
    private final String zoneId;

    @SerializedName("zonename")
    @Param(description = "the name of the cluster's zone")
    private final String zoneName;

    @SerializedName("hypervisortype")
    @Param(description = "the hypervisor of the cluster's hosts")
    private final String hypervisorType = "KVM";

    @SerializedName("allocationstate")
    @Param(description = "whether VMs may be deployed in the cluster")
    private final String allocationState = "Enabled";

    ClusterStandInResponse(String id, String name, String zoneId, String zoneName) {
        setObjectName("cluster");
        this.id = id;
        this.name = name;
        this.zoneId = zoneId;
        this.zoneName = zoneName;
    }
}
