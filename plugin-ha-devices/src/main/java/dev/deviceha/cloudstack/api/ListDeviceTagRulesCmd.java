package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.PageRequest;
import dev.deviceha.api.TagRuleFilter;
import dev.deviceha.cloudstack.api.response.DeviceTagRuleResponse;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "listDeviceTagRules", description = "Lists the rules that tag devices.",
        responseObject = DeviceTagRuleResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class ListDeviceTagRulesCmd extends BaseListCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, length = 36, description = "the UUID of the rule")
    private String id;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, length = ParamNames.TAG_LENGTH,
            description = "list rules applying this tag, as KIND/name")
    private String tag;

    @Override
    public void execute() {
        try {
            TagRuleFilter filter = new TagRuleFilter(ApiParams.optional(ApiConstants.ID, id, ApiParams::uuid),
                    ApiParams.optional(ParamNames.TAG, tag, TagRef::parse));
            setResponseObject(ListResponses.of(
                    deviceHaApi.listTagRules(filter, new PageRequest(getStartIndex(), getPageSizeVal())),
                    DeviceTagRuleResponse::new, getCommandName()));
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }
}
