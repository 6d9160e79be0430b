package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.Caller;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.DeviceRequestFilter;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceRequestResponse;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.UserVmResponse;
import org.apache.cloudstack.context.CallContext;

/** Open to users: the facade shows each caller only the requests of VMs their account may see. */
@APICommand(name = "listDeviceRequests", description = "Lists the device requests of VMs, their own and those"
        + " of their service offering. Users see those of their own VMs.", responseObject = DeviceRequestResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListDeviceRequestsCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            since = ParamNames.SINCE, description = "list the requests of this VM")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, length = ParamNames.TAG_LENGTH,
            description = "list requests for this tag, as KIND/name")
    private String tag;

    @Override
    public void execute() {
        try {
            DeviceRequestFilter filter = new DeviceRequestFilter(virtualMachineId,
                    ApiParams.optional(ParamNames.TAG, tag, TagRef::parse));
            Caller caller = new Caller(CallContext.current().getCallingAccountId());
            setResponseObject(ListResponses.of(
                    deviceHaApi.listDeviceRequests(filter, caller,
                            new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceRequestResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
