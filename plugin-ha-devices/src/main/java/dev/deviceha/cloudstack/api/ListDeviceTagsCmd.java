package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.DeviceTagFilter;
import dev.deviceha.api.PageRequest;
import dev.deviceha.cloudstack.api.response.DeviceTagResponse;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagName;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "listDeviceTags", description = "Lists device tags, admin-defined and generated.",
        responseObject = DeviceTagResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class ListDeviceTagsCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, length = 36, description = "the UUID of the tag")
    private String id;

    @Parameter(name = ParamNames.KIND, type = CommandType.STRING, length = 16,
            description = "list tags of this kind: SRIOV_VF, VGPU, HCT or PCI")
    private String kind;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, length = TagName.MAX_LENGTH,
            description = "list tags with this name")
    private String name;

    @Override
    public void execute() {
        try {
            DeviceTagFilter filter = new DeviceTagFilter(
                    ApiParams.optional(ApiConstants.ID, id, ApiParams::uuid),
                    ApiParams.optional(ParamNames.KIND, kind, DeviceKind::parse),
                    ApiParams.optional(ApiConstants.NAME, name, TagName::parse));
            setResponseObject(ListResponses.of(
                    deviceHaApi.listTags(filter, new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceTagResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
