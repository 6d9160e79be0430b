package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;

@APICommand(name = "deleteDeviceTag", description = "Deletes a device tag. Refused while devices carry the tag"
        + " or VM or service offering requests ask for it.", responseObject = SuccessResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class DeleteDeviceTagCmd extends DeviceHaAdminCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the UUID of the tag")
    private String id;

    @Override
    BaseResponse respond() {
        deviceHaApi.deleteTag(ApiParams.required(ApiConstants.ID, id, ApiParams::uuid));
        return new SuccessResponse(getCommandName());
    }
}
