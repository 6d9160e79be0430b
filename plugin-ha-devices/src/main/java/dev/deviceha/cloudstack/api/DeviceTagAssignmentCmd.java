package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceInfo;
import dev.deviceha.api.TagAssignment;
import dev.deviceha.cloudstack.api.response.DeviceResponse;
import dev.deviceha.model.TagRef;
import java.util.List;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;

/** Puts a tag on, or takes it off, a set of devices; responds with the devices as they are afterwards. */
abstract class DeviceTagAssignmentCmd extends DeviceHaAdminCmd {
    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the tag as KIND/name, e.g. SRIOV_VF/trading-net; VGPU tags are generated, not assigned")
    private String tag;

    @Parameter(name = ParamNames.DEVICE_IDS, type = CommandType.LIST, collectionType = CommandType.STRING,
            required = true, description = "the UUIDs of the devices, comma separated, at most 256")
    private List<String> deviceIds;

    abstract List<DeviceInfo> apply(TagAssignment assignment);

    @Override
    BaseResponse respond() {
        TagAssignment assignment = new TagAssignment(
                ApiParams.adminDefinedTag(ParamNames.TAG, ApiParams.required(ParamNames.TAG, tag, TagRef::parse)),
                ApiParams.uuids(ParamNames.DEVICE_IDS, deviceIds));
        List<DeviceInfo> devices = apply(assignment);
        return ListResponses.of(devices, devices.size(), DeviceResponse::new, getCommandName());
    }
}
