package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.StrandedVmInfo;
import java.util.List;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class StrandedVmResponse extends BaseResponse {
    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "the UUID of the VM")
    private final String virtualMachineId;

    @SerializedName("virtualmachinename")
    @Param(description = "the name of the VM")
    private final String virtualMachineName;

    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "the UUID of the host the VM runs on")
    private final String hostId;

    @SerializedName("hostname")
    @Param(description = "the name of the host the VM runs on")
    private final String hostName;

    @SerializedName("missingtags")
    @Param(description = "each KIND/tag the VM would lack on the surviving hosts")
    private final List<String> missingTags;

    @SerializedName("reason")
    @Param(description = "why the VM could not be restarted, with what it needs and the most any host has free")
    private final String reason;

    public StrandedVmResponse(StrandedVmInfo info) {
        setObjectName("strandedvm");
        virtualMachineId = info.vm().uuid();
        virtualMachineName = info.vm().name();
        hostId = info.host().uuid();
        hostName = info.host().name();
        missingTags = info.missingTags();
        reason = info.reason();
    }
}
