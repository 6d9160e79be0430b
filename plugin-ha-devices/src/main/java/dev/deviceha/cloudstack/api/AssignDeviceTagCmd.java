package dev.deviceha.cloudstack.api;

import dev.deviceha.api.DeviceInfo;
import dev.deviceha.api.TagAssignment;
import dev.deviceha.cloudstack.api.response.DeviceResponse;
import java.util.List;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;

@APICommand(name = "assignDeviceTag", description = "Assigns a tag to devices of the tag's kind, all or none."
        + " vGPU devices carry generated tags and cannot be tagged by hand.", responseObject = DeviceResponse.class,
        since = ParamNames.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class AssignDeviceTagCmd extends DeviceTagAssignmentCmd {
    @Override
    List<DeviceInfo> apply(TagAssignment assignment) {
        return deviceHaApi.assignTag(assignment);
    }
}
