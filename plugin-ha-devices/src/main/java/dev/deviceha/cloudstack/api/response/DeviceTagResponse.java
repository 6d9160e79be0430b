package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.DeviceTagInfo;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceTagResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the UUID of the device tag")
    private final String id;

    @SerializedName("kind")
    @Param(description = "the device kind: SRIOV_VF, VGPU, HCT or PCI")
    private final String kind;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the tag name, unique within its kind")
    private final String name;

    @SerializedName("tag")
    @Param(description = "the tag as KIND/name, the form device requests use")
    private final String tag;

    @SerializedName(ApiConstants.DESCRIPTION)
    @Param(description = "the description of the tag")
    private final String description;

    @SerializedName("origin")
    @Param(description = "ADMIN for tags defined by an administrator, GENERATED for vGPU tags")
    private final String origin;

    @SerializedName("devicecount")
    @Param(description = "the number of devices that carry the tag")
    private final int deviceCount;

    @SerializedName("requestcount")
    @Param(description = "the number of VM and service offering requests that ask for the tag")
    private final int requestCount;

    public DeviceTagResponse(DeviceTagInfo info) {
        setObjectName("devicetag");
        id = info.uuid();
        kind = info.tag().ref().kind().name();
        name = info.tag().ref().name().value();
        tag = info.tag().ref().toString();
        description = info.tag().description();
        origin = info.tag().origin().name();
        deviceCount = info.deviceCount();
        requestCount = info.requestCount();
    }
}
