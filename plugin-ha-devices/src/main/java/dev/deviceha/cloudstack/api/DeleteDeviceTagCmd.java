package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;

@APICommand(name = "deleteDeviceTag", description = "Deletes a device tag. Refused while devices carry the tag"
        + " or VM or service offering requests ask for it.", responseObject = SuccessResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class DeleteDeviceTagCmd extends BaseCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the UUID of the tag")
    private String id;

    @Override
    public void execute() {
        try {
            deviceHaApi.deleteTag(ApiParams.required(ApiConstants.ID, id, ApiParams::uuid));
            setResponseObject(new SuccessResponse(getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
