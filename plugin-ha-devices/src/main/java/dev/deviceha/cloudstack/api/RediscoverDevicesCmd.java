package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.cloudstack.api.response.DeviceDiscoveryResponse;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.HostResponse;

@APICommand(name = "rediscoverDevices", description = "Asks a KVM host's agent to scan its devices again and"
        + " reconciles the inventory with what it reports.", responseObject = DeviceDiscoveryResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class RediscoverDevicesCmd extends BaseAsyncCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            required = true, since = ParamNames.SINCE, description = "the host to rediscover")
    private Long hostId;

    @Override
    public void execute() {
        try {
            DeviceDiscoveryResponse response = new DeviceDiscoveryResponse(deviceHaApi.rediscoverDevices(
                    ApiParams.requiredId(ApiConstants.HOST_ID, hostId)));
            response.setResponseName(getCommandName());
            setResponseObject(response);
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }

    @Override
    public String getEventType() {
        return DeviceHaEventTypes.EVENT_DEVICES_REDISCOVER;
    }

    @Override
    public String getEventDescription() {
        return "Rediscovering the devices of a host";
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.Host;
    }

    @Override
    public Long getApiResourceId() {
        return hostId;
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
