package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.RediscoveryResult;
import java.util.List;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceDiscoveryResponse extends BaseResponse {
    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "the UUID of the host")
    private final String hostId;

    @SerializedName("hostname")
    @Param(description = "the name of the host")
    private final String hostName;

    @SerializedName("devicecount")
    @Param(description = "the number of devices the host reported")
    private final int deviceCount;

    @SerializedName("added")
    @Param(description = "the number of devices new to the inventory")
    private final int added;

    @SerializedName("removed")
    @Param(description = "the number of devices no longer on the host")
    private final int removed;

    @SerializedName("warnings")
    @Param(description = "devices or sources the host could not read completely")
    private final List<String> warnings;

    public DeviceDiscoveryResponse(RediscoveryResult result) {
        setObjectName("devicediscovery");
        hostId = result.host().uuid();
        hostName = result.host().name();
        deviceCount = result.deviceCount();
        added = result.added();
        removed = result.removed();
        warnings = result.warnings();
    }
}
