package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.response.ZoneResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The fields of CloudStack's ZoneResponse a client needs to pick the zone. */
public final class ZoneStandInResponse extends ZoneResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the zone")
    private final String id;

    @SerializedName("name")
    @Param(description = "the name of the zone")
    private final String name;

    @SerializedName("networktype")
    @Param(description = "the network type of the zone")
    private final String networkType = "Advanced";

    @SerializedName("allocationstate")
    @Param(description = "whether VMs may be deployed in the zone")
    private final String allocationState = "Enabled";

    ZoneStandInResponse(String id, String name) {
        setObjectName("zone");
        this.id = id;
        this.name = name;
    }
}
