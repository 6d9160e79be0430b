package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.ApiParams;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.NewTagRule;
import dev.deviceha.api.RuleSelector;
import dev.deviceha.cloudstack.api.response.DeviceTagRuleResponse;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;

@APICommand(name = "createDeviceTagRule", description = "Creates a rule that tags the devices it matches when"
        + " hosts report their devices. At least one of vendorid, productid, netdev and pciaddress is"
        + " required.", responseObject = DeviceTagRuleResponse.class, since = ParamNames.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin})
public class CreateDeviceTagRuleCmd extends BaseCmd {
    static final int MAX_PRIORITY = 1000;

    @Inject
    DeviceHaApi deviceHaApi;

    @Parameter(name = ParamNames.TAG, type = CommandType.STRING, required = true, length = ParamNames.TAG_LENGTH,
            description = "the tag to apply, as KIND/name, e.g. SRIOV_VF/trading-net; not a VGPU tag")
    private String tag;

    @Parameter(name = ParamNames.PRIORITY, type = CommandType.INTEGER,
            description = "0 to 1000, default 0: when several rules match a device, the highest priority applies")
    private Integer priority;

    @Parameter(name = ParamNames.VENDOR_ID, type = CommandType.STRING, length = 6,
            description = "the PCI vendor id the device must have, e.g. 8086")
    private String vendorId;

    @Parameter(name = ParamNames.PRODUCT_ID, type = CommandType.STRING, length = 6,
            description = "the PCI product id the device must have, e.g. 154c")
    private String productId;

    @Parameter(name = ParamNames.NETDEV, type = CommandType.STRING, length = ApiParams.MAX_GLOB_LENGTH,
            description = "a glob the network interface (of the PF for a VF) must match, e.g. ens1f*")
    private String netdev;

    @Parameter(name = ParamNames.PCI_ADDRESS, type = CommandType.STRING, length = ApiParams.MAX_GLOB_LENGTH,
            description = "a glob the PCI address must match, e.g. 0000:3b:0[0-1].*")
    private String pciAddress;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            since = ParamNames.SINCE, description = "apply the rule on this host only")
    private Long hostId;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            since = ParamNames.SINCE, description = "apply the rule in this cluster only")
    private Long clusterId;

    @Override
    public void execute() {
        try {
            TagRef ruleTag = ApiParams.adminDefinedTag(ParamNames.TAG,
                    ApiParams.required(ParamNames.TAG, tag, TagRef::parse));
            RuleSelector selector = new RuleSelector(
                    ApiParams.optional(ParamNames.VENDOR_ID, vendorId, ApiParams::pciId),
                    ApiParams.optional(ParamNames.PRODUCT_ID, productId, ApiParams::pciId),
                    ApiParams.optional(ParamNames.NETDEV, netdev, ApiParams::netdevGlob),
                    ApiParams.optional(ParamNames.PCI_ADDRESS, pciAddress, ApiParams::pciAddressGlob),
                    hostId, clusterId);
            if (selector.vendorId() == null && selector.productId() == null && selector.netdevGlob() == null
                    && selector.pciAddressGlob() == null) {
                throw DeviceHaApiException.invalidParameter(ParamNames.VENDOR_ID,
                        "a rule needs at least one of vendorid, productid, netdev and pciaddress");
            }
            NewTagRule rule = new NewTagRule(ruleTag,
                    ApiParams.inRange(ParamNames.PRIORITY, priority, 0, MAX_PRIORITY, 0), selector);
            DeviceTagRuleResponse response = new DeviceTagRuleResponse(deviceHaApi.createTagRule(rule));
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
