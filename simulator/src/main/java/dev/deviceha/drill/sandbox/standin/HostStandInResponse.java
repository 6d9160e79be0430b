package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.response.HostResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.World;
import dev.deviceha.drill.host.SimulatedHost;

/** The fields of CloudStack's HostResponse a client needs: identity, where it is, and whether it is Up. */
public final class HostStandInResponse extends HostResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the host")
    private final String id;

    @SerializedName("name")
    @Param(description = "the name of the host")
    private final String name;

    @SerializedName("state")
    @Param(description = "Up, or Down once the host failed")
    private final String state;

    @SerializedName("type")
    @Param(description = "the host type")
    private final String type = "Routing";

    @SerializedName("hypervisor")
    @Param(description = "the hypervisor of the host")
    private final String hypervisor = "KVM";

    @SerializedName("resourcestate")
    @Param(description = "the resource state of the host")
    private final String resourceState = "Enabled";

    @SerializedName("zoneid")
    @Param(description = "the UUID of the host's zone")
    private final String zoneId;

    @SerializedName("zonename")
    @Param(description = "the name of the host's zone")
    private final String zoneName = World.ZONE_NAME;

    @SerializedName("clusterid")
    @Param(description = "the UUID of the host's cluster")
    private final String clusterId;

    @SerializedName("clustername")
    @Param(description = "the name of the host's cluster")
    private final String clusterName;

    HostStandInResponse(World world, SimulatedHost host) {
        setObjectName("host");
        id = host.uuid();
        name = host.name();
        state = host.isUp() ? "Up" : "Down";
        zoneId = world.zoneUuid();
        clusterId = host.clusterUuid();
        clusterName = world.clusterOf(host);
    }
}
