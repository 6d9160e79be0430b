package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.cloudstack.api.response.DeviceTagResponse;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.DeviceTag;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "createDeviceTag", description = "Creates a device tag for SR-IOV VFs, HCT or PCI devices."
        + " vGPU tags are generated from GPU model and vGPU profile.", responseObject = DeviceTagResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class CreateDeviceTagCmd extends DeviceHaAdminCmd {
    @Parameter(name = ParamNames.KIND, type = CommandType.STRING, required = true, length = 16,
            description = "the device kind: SRIOV_VF, HCT or PCI")
    private String kind;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, length = TagName.MAX_LENGTH,
            description = "the tag name: lower-case letters and digits in words joined by '-', e.g. trading-net")
    private String name;

    // CloudStack counts UTF-16 units, the model code points: leave the limit to the model.
    @Parameter(name = ApiConstants.DESCRIPTION, type = CommandType.STRING,
            length = 2 * DeviceTag.MAX_DESCRIPTION, description = "what the tagged devices are for")
    private String description;

    @Override
    BaseResponse respond() {
        TagRef tag = new TagRef(ApiParams.required(ParamNames.KIND, kind, DeviceKind::parse),
                ApiParams.required(ApiConstants.NAME, name, TagName::parse));
        ApiParams.checked(ParamNames.KIND, () -> DeviceTag.admin(tag, null));
        DeviceTag newTag = ApiParams.checked(ApiConstants.DESCRIPTION, () -> DeviceTag.admin(tag, description));
        return new DeviceTagResponse(deviceHaApi.createTag(newTag));
    }
}
