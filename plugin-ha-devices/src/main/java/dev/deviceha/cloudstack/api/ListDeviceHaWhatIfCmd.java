package dev.deviceha.cloudstack.api;

import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceHaWhatIfResponse;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;

@APICommand(name = "listDeviceHaWhatIf", description = "Lists, for a host or for each host of a cluster, the"
        + " HA-enabled device VMs its failure would leave without a host for their devices, with the KIND/tag each"
        + " lacks; for a cluster whose policy asks for two failures, also the worst pair of hosts.",
        responseObject = DeviceHaWhatIfResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class ListDeviceHaWhatIfCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            since = ParamNames.SINCE, description = "the host to fail; give this or clusterid")
    private Long hostId;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            since = ParamNames.SINCE, description = "fail each host of this cluster in turn; give this or hostid")
    private Long clusterId;

    @Override
    public void execute() {
        try {
            setResponseObject(ListResponses.of(
                    deviceHaApi.listWhatIf(hostId, clusterId, new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceHaWhatIfResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
