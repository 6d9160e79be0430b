package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "removeDeviceRequest", description = "Removes a VM's own request for devices of a tag."
        + " Requests that come with the VM's service offering stay.", responseObject = SuccessResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class RemoveDeviceRequestCmd extends BaseCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            required = true, since = ParamNames.SINCE, description = "the VM")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the requested tag as KIND/name")
    private String tag;

    @Override
    public void execute() {
        try {
            deviceHaApi.removeDeviceRequest(ApiParams.requiredId(ApiConstants.VIRTUAL_MACHINE_ID, virtualMachineId),
                    ApiParams.required(ParamNames.TAG, tag, TagRef::parse));
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
