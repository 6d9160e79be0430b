package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.HaReadinessInfo;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceHaReadinessResponse extends BaseResponse {
    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "the UUID of the VM")
    private final String virtualMachineId;

    @SerializedName("virtualmachinename")
    @Param(description = "the name of the VM")
    private final String virtualMachineName;

    @SerializedName("protected")
    @Param(description = "true when another host of the VM's cluster has free devices for all its requests")
    private final boolean isProtected;

    @SerializedName("candidatehosts")
    @Param(description = "the number of other hosts in the cluster that could restart the VM with its devices")
    private final int candidateHosts;

    @SerializedName("reason")
    @Param(description = "why the VM is not protected; absent when it is")
    private final String reason;

    public DeviceHaReadinessResponse(HaReadinessInfo info) {
        setObjectName("devicehareadiness");
        virtualMachineId = info.vm().uuid();
        virtualMachineName = info.vm().name();
        isProtected = info.isProtected();
        candidateHosts = info.candidateHosts();
        reason = info.reason();
    }
}
