package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceFilter;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceResponse;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.UserVmResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

@APICommand(name = "listDevices", description = "Lists the device inventory of KVM hosts: SR-IOV VFs, vGPUs,"
        + " HCT and PCI devices, with their tag and allocation.", responseObject = DeviceResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class ListDevicesCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, length = 36, description = "the UUID of the device")
    private String id;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            since = ParamNames.SINCE, description = "list devices in this zone")
    private Long zoneId;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            since = ParamNames.SINCE, description = "list devices in this cluster")
    private Long clusterId;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            since = ParamNames.SINCE, description = "list devices of this host")
    private Long hostId;

    @Parameter(name = ParamNames.KIND, type = CommandType.STRING, length = 16,
            description = "list devices of this kind: SRIOV_VF, VGPU, HCT or PCI")
    private String kind;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, length = ParamNames.TAG_LENGTH,
            description = "list devices with this tag, as KIND/name")
    private String tag;

    @Parameter(name = ParamNames.FREE, type = CommandType.BOOLEAN,
            description = "true lists only free devices, false only allocated or busy ones")
    private Boolean free;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            since = ParamNames.SINCE, description = "list devices allocated to this VM")
    private Long virtualMachineId;

    @Override
    public void execute() {
        try {
            DeviceFilter filter = new DeviceFilter(ApiParams.optional(ApiConstants.ID, id, ApiParams::uuid),
                    zoneId, clusterId, hostId,
                    ApiParams.optional(ParamNames.KIND, kind, DeviceKind::parse),
                    ApiParams.optional(ParamNames.TAG, tag, TagRef::parse),
                    free, virtualMachineId);
            setResponseObject(ListResponses.of(
                    deviceHaApi.listDevices(filter, new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
