package dev.deviceha.cloudstack.api;

import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.HaReadinessFilter;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceHaReadinessResponse;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "listDeviceHaReadiness", description = "Lists, per VM with device requests, whether another"
        + " host of its cluster has free devices to restart it on, and why not when none has.",
        responseObject = DeviceHaReadinessResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class ListDeviceHaReadinessCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            since = ParamNames.SINCE, description = "list VMs running in this cluster")
    private Long clusterId;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            since = ParamNames.SINCE, description = "list this VM only")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.PROTECTED, type = CommandType.BOOLEAN,
            description = "false lists only VMs that could not be restarted elsewhere with their devices")
    private Boolean isProtected;

    @Override
    public void execute() {
        try {
            setResponseObject(ListResponses.of(
                    deviceHaApi.listHaReadiness(new HaReadinessFilter(clusterId, virtualMachineId, isProtected),
                            new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceHaReadinessResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
