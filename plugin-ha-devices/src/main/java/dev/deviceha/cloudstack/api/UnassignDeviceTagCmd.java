package dev.deviceha.cloudstack.api;

import dev.deviceha.api.DeviceInfo;
import dev.deviceha.api.TagAssignment;
import dev.deviceha.cloudstack.api.response.DeviceResponse;
import java.util.List;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;

@APICommand(name = "unassignDeviceTag", description = "Removes a tag from devices that carry it, all or none.",
        responseObject = DeviceResponse.class, since = ParamNames.SINCE, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class UnassignDeviceTagCmd extends DeviceTagAssignmentCmd {
    @Override
    List<DeviceInfo> apply(TagAssignment assignment) {
        return deviceHaApi.unassignTag(assignment);
    }
}
