package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ApiParams;
import dev.deviceha.cloudstack.api.response.DeviceTagRuleResponse;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import java.util.UUID;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "createDeviceTagRule", description = "Creates a rule that tags the devices it matches when"
        + " hosts report their devices. At least one of vendorid, productid, netdev, pciaddress, hostid and"
        + " clusterid is required.", responseObject = DeviceTagRuleResponse.class, since = ParamNames.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class CreateDeviceTagRuleCmd extends DeviceHaAdminCmd {
    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the tag to apply, as KIND/name, e.g. SRIOV_VF/trading-net; not a VGPU tag")
    private String tag;

    @Parameter(name = ParamNames.PRIORITY, type = CommandType.INTEGER, description = TagRule.MIN_PRIORITY + " to "
            + TagRule.MAX_PRIORITY + ", default " + TagRule.MIN_PRIORITY
            + ": when several rules match a device, the highest priority applies")
    private Integer priority;

    @Parameter(name = ParamNames.VENDOR_ID, type = CommandType.STRING, length = 6,
            description = "the PCI vendor id the device must have, e.g. 8086")
    private String vendorId;

    @Parameter(name = ParamNames.PRODUCT_ID, type = CommandType.STRING, length = 6,
            description = "the PCI product id the device must have, e.g. 154c")
    private String productId;

    @Parameter(name = ParamNames.NETDEV, type = CommandType.STRING, length = 64,
            description = "the network interface (of the PF for a VF) the device must have, or a glob over it"
                    + " with * and ?, e.g. ens1f*")
    private String netdev;

    @Parameter(name = ParamNames.PCI_ADDRESS, type = CommandType.STRING, length = 12,
            description = "the PCI address the device must have, or a glob over it with * and ?, e.g. 0000:3b:0?.*")
    private String pciAddress;

    // UUIDs, not ids the framework resolves: the rule keeps the host's and cluster's UUIDs, the identities hosts
    // report devices under; the plugin refuses a UUID no host or cluster has.
    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.STRING, length = 36,
            description = "the UUID of the only host the rule applies on")
    private String hostId;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.STRING, length = 36,
            description = "the UUID of the only cluster the rule applies in")
    private String clusterId;

    @Override
    BaseResponse respond() {
        TagRef ruleTag = ApiParams.required(ParamNames.TAG, tag, TagRef::parse);
        DeviceSelector.Builder selector = DeviceSelector.builder();
        ApiParams.optional(ParamNames.VENDOR_ID, vendorId, selector::vendorId);
        ApiParams.optional(ParamNames.PRODUCT_ID, productId, selector::productId);
        ApiParams.optional(ParamNames.NETDEV, netdev, selector::netdev);
        ApiParams.optional(ParamNames.PCI_ADDRESS, pciAddress, selector::address);
        ApiParams.optional(ApiConstants.HOST_ID, hostId, selector::hostUuid);
        ApiParams.optional(ApiConstants.CLUSTER_ID, clusterId, selector::clusterUuid);
        DeviceSelector criteria = ApiParams.checked(ParamNames.VENDOR_ID, selector::build);
        int rulePriority = priority == null ? TagRule.MIN_PRIORITY : priority;
        UUID id = UUID.randomUUID();
        // The target's kind first, at a priority that always holds, so each refusal names its parameter.
        ApiParams.checked(ParamNames.TAG, () -> new TagRule(id, ruleTag, criteria, TagRule.MIN_PRIORITY));
        TagRule rule = ApiParams.checked(ParamNames.PRIORITY,
                () -> new TagRule(id, ruleTag, criteria, rulePriority));
        return new DeviceTagRuleResponse(deviceHaApi.createTagRule(rule));
    }
}
