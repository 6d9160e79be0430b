package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceTagUpdate;
import dev.deviceha.cloudstack.api.response.DeviceTagResponse;
import dev.deviceha.model.tag.DeviceTag;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "updateDeviceTag", description = "Updates the description of a device tag. Kind and name"
        + " cannot change: device requests refer to them.", responseObject = DeviceTagResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class UpdateDeviceTagCmd extends DeviceHaAdminCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the UUID of the tag")
    private String id;

    // CloudStack counts UTF-16 units, the model code points: leave the limit to the model.
    @Parameter(name = ApiConstants.DESCRIPTION, type = CommandType.STRING, required = true,
            length = 2 * DeviceTag.MAX_DESCRIPTION, description = "the new description")
    private String description;

    @Override
    BaseResponse respond() {
        DeviceTagUpdate update = new DeviceTagUpdate(ApiParams.required(ApiConstants.ID, id, ApiParams::uuid),
                ApiParams.required(ApiConstants.DESCRIPTION, description, DeviceTag::requireValidDescription));
        return new DeviceTagResponse(deviceHaApi.updateTag(update));
    }
}
