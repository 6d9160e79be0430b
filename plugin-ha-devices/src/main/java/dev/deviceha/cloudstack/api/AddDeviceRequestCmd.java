package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.NewDeviceRequest;
import dev.deviceha.cloudstack.api.response.DeviceRequestResponse;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "addDeviceRequest", description = "Makes a VM ask for devices of a tag; it then starts, and"
        + " restarts under HA, only on hosts with such free devices. Replaces the VM's request for the same tag."
        + " Takes the options of the deviceha.requests detail.",
        responseObject = DeviceRequestResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class AddDeviceRequestCmd extends DeviceHaAdminCmd {
    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            required = true, since = ParamNames.SINCE, description = "the VM")
    private Long virtualMachineId;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the tag as KIND/name, e.g. SRIOV_VF/trading-net or VGPU/t4-1q")
    private String tag;

    @Parameter(name = ParamNames.COUNT, type = CommandType.INTEGER,
            description = "1 to " + DeviceRequest.MAX_COUNT + " devices, default 1")
    private Integer count;

    @Parameter(name = ParamNames.VLAN, type = CommandType.STRING, length = 4,
            description = "SR-IOV VFs only: the VLAN (1 to 4094) set on the VFs; untagged when absent")
    private String vlan;

    @Parameter(name = ParamNames.TRUST, type = CommandType.BOOLEAN,
            description = "SR-IOV VFs only: set VF trust on or off; off when absent")
    private Boolean trust;

    @Parameter(name = ParamNames.SPOOF_CHECK, type = CommandType.BOOLEAN,
            description = "SR-IOV VFs only: set VF spoof checking on or off; on when absent")
    private Boolean spoofCheck;

    @Parameter(name = ParamNames.MAC_ADDRESSES, type = CommandType.LIST, collectionType = CommandType.STRING,
            description = "SR-IOV VFs only: fixed MACs for the first VFs, at most count; the others get generated"
                    + " MACs")
    private List<String> macAddresses;

    @Parameter(name = ParamNames.NUMA, type = CommandType.STRING, length = 16,
            description = "none (default), preferred or required: whether the devices must share a NUMA node")
    private String numa;

    @Override
    BaseResponse respond() {
        long vmId = ApiParams.requiredId(ApiConstants.VIRTUAL_MACHINE_ID, virtualMachineId);
        NewDeviceRequest request = new NewDeviceRequest(vmId, deviceRequest());
        return new DeviceRequestResponse(deviceHaApi.addDeviceRequest(request));
    }

    /**
     * The model validates the request; it is built once more after each parameter is added so that a rule the
     * model refuses is reported against the parameter that broke it.
     */
    private DeviceRequest deviceRequest() {
        DeviceRequest.Builder builder = DeviceRequest.builder(ApiParams.required(ParamNames.TAG, tag, TagRef::parse));
        NumaPolicy policy = ApiParams.optional(ParamNames.NUMA, numa, NumaPolicy::parse);
        builder.numa(policy == null ? NumaPolicy.NONE : policy);
        if (count != null) {
            ApiParams.checked(ParamNames.COUNT, builder.count(count)::build);
        }
        VlanId vlanId = ApiParams.optional(ParamNames.VLAN, vlan, VlanId::parse);
        ApiParams.checked(ParamNames.VLAN, builder.vlan(vlanId)::build);
        ApiParams.checked(ParamNames.TRUST, builder.trust(trust)::build);
        ApiParams.checked(ParamNames.SPOOF_CHECK, builder.spoofCheck(spoofCheck)::build);
        return ApiParams.checked(ParamNames.MAC_ADDRESSES, builder.macs(macs())::build);
    }

    private List<MacAddress> macs() {
        if (macAddresses == null) {
            return List.of();
        }
        return macAddresses.stream()
                .map(mac -> ApiParams.required(ParamNames.MAC_ADDRESSES, mac, MacAddress::parse))
                .toList();
    }
}
