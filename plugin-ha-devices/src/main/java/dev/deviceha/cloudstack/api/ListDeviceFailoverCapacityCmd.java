package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.FailoverCapacityFilter;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceFailoverCapacityResponse;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

@APICommand(name = "listDeviceFailoverCapacity", description = "Lists, per cluster and device tag, the units in use"
        + " and free, the units the HA-enabled VMs of the worst host failure hold, the headroom left, and whether the"
        + " cluster's failover policy holds.", responseObject = DeviceFailoverCapacityResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class ListDeviceFailoverCapacityCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            since = ParamNames.SINCE, description = "list the clusters of this zone")
    private Long zoneId;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            since = ParamNames.SINCE, description = "list this cluster")
    private Long clusterId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, length = ParamNames.TAG_LENGTH,
            description = "list this tag only, as KIND/name")
    private String tag;

    @Override
    public void execute() {
        try {
            FailoverCapacityFilter filter = new FailoverCapacityFilter(zoneId, clusterId,
                    ApiParams.optional(ParamNames.TAG, tag, TagRef::parse));
            setResponseObject(ListResponses.of(
                    deviceHaApi.listFailoverCapacity(filter, new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceFailoverCapacityResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
