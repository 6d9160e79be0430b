package dev.deviceha.drill.sandbox.standin;

import java.util.Map;

import org.apache.cloudstack.api.response.ServiceOfferingResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.ManagementServer;
import dev.deviceha.model.request.DeviceRequests;

/** The fields of CloudStack's ServiceOfferingResponse a client needs, with the offering's details. */
public final class OfferingStandInResponse extends ServiceOfferingResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the service offering")
    private final String id;

    @SerializedName("name")
    @Param(description = "the name of the service offering")
    private final String name;

    @SerializedName("offerha")
    @Param(description = "true if VMs of this offering are HA-enabled")
    private final boolean offerHa;

    @SerializedName("serviceofferingdetails")
    @Param(description = "the details of the offering, deviceha.requests among them")
    private final Map<String, String> details;

    OfferingStandInResponse(ManagementServer.ServiceOffering offering) {
        setObjectName("serviceoffering");
        id = offering.uuid();
        name = offering.name();
        offerHa = offering.offerHa();
        details = offering.requestsDetail() == null ? null
                : Map.of(DeviceRequests.DETAIL_KEY, offering.requestsDetail());
    }
}
