package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.model.TagRef;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "removeDeviceRequest", description = "Removes a VM's own request for devices of a tag."
        + " Requests that come with the VM's service offering stay.", responseObject = SuccessResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class RemoveDeviceRequestCmd extends DeviceHaAdminCmd {
    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            required = true, since = ParamNames.SINCE, description = "the VM")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the requested tag as KIND/name")
    private String tag;

    @Override
    BaseResponse respond() {
        deviceHaApi.removeDeviceRequest(ApiParams.requiredId(ApiConstants.VIRTUAL_MACHINE_ID, virtualMachineId),
                ApiParams.required(ParamNames.TAG, tag, TagRef::parse));
        return new SuccessResponse(getCommandName());
    }
}
