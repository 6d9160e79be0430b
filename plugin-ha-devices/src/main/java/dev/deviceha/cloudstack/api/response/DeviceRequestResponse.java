package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.DeviceRequestInfo;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceRequestResponse extends BaseResponse {
    public static final String OBJECT_NAME = "devicerequest";

    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "the UUID of the VM")
    private final String virtualMachineId;

    @SerializedName("virtualmachinename")
    @Param(description = "the name of the VM")
    private final String virtualMachineName;

    @SerializedName("tag")
    @Param(description = "the requested tag as KIND/name")
    private final String tag;

    @SerializedName("kind")
    @Param(description = "the device kind of the tag")
    private final String kind;

    @SerializedName("count")
    @Param(description = "the number of devices requested")
    private final int count;

    @SerializedName("vlan")
    @Param(description = "the VLAN set on requested SR-IOV VFs; absent for untagged")
    private final Integer vlan;

    @SerializedName("numa")
    @Param(description = "the NUMA policy: none, preferred or required")
    private final String numa;

    @SerializedName("source")
    @Param(description = "VM when the request is the VM's own, SERVICE_OFFERING when it comes with its offering")
    private final String source;

    public DeviceRequestResponse(DeviceRequestInfo info) {
        setObjectName(OBJECT_NAME);
        virtualMachineId = info.vm().uuid();
        virtualMachineName = info.vm().name();
        tag = info.tag().toString();
        kind = info.tag().kind().name();
        count = info.count();
        vlan = info.vlan() == null ? null : info.vlan().value();
        numa = info.numa().canonical();
        source = info.source().name();
    }
}
