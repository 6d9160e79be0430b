package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.NewDeviceRequest;
import dev.deviceha.cloudstack.api.response.DeviceRequestResponse;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "addDeviceRequest", description = "Makes a VM ask for devices of a tag; it then starts, and"
        + " restarts under HA, only on hosts with such free devices. Replaces the VM's request for the same tag.",
        responseObject = DeviceRequestResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class AddDeviceRequestCmd extends BaseCmd {
    static final int MAX_COUNT = 64;

    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            required = true, since = ParamNames.SINCE, description = "the VM")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the tag as KIND/name, e.g. SRIOV_VF/trading-net or VGPU/grid-t4-1q")
    private String tag;

    @Parameter(name = ParamNames.COUNT, type = CommandType.INTEGER, description = "1 to 64 devices, default 1")
    private Integer count;

    @Parameter(name = ParamNames.VLAN, type = CommandType.STRING, length = 4,
            description = "SR-IOV VFs only: the VLAN (1 to 4094) set on the VFs; untagged when absent")
    private String vlan;

    @Parameter(name = ParamNames.NUMA, type = CommandType.STRING, length = 16,
            description = "none (default), preferred or required: whether the devices must share a NUMA node")
    private String numa;

    @Override
    public void execute() {
        try {
            TagRef requested = ApiParams.required(ParamNames.TAG, tag, TagRef::parse);
            VlanId vlanId = ApiParams.optional(ParamNames.VLAN, vlan, VlanId::parse);
            if (vlanId != null && requested.kind() != DeviceKind.SRIOV_VF) {
                throw DeviceHaApiException.invalidParameter(ParamNames.VLAN,
                        "only SR-IOV VFs carry a VLAN, and " + requested + " is not an SRIOV_VF tag");
            }
            NumaPolicy policy = ApiParams.optional(ParamNames.NUMA, numa, NumaPolicy::parse);
            NewDeviceRequest request = new NewDeviceRequest(
                    ApiParams.requiredId(ApiConstants.VIRTUAL_MACHINE_ID, virtualMachineId), requested,
                    ApiParams.inRange(ParamNames.COUNT, count, 1, MAX_COUNT, 1), vlanId,
                    policy == null ? NumaPolicy.NONE : policy);
            DeviceRequestResponse response = new DeviceRequestResponse(deviceHaApi.addDeviceRequest(request));
            response.setResponseName(getCommandName());
            setResponseObject(response);
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
