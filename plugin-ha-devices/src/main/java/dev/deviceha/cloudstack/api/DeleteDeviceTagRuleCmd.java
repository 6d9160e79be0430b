package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;

@APICommand(name = "deleteDeviceTagRule", description = "Deletes a tag rule.",
        responseObject = SuccessResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class DeleteDeviceTagRuleCmd extends DeviceHaAdminCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the UUID of the rule")
    private String id;

    @Override
    BaseResponse respond() {
        deviceHaApi.deleteTagRule(ApiParams.required(ApiConstants.ID, id, ApiParams::uuid));
        return new SuccessResponse(getCommandName());
    }
}
