package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceTagRuleResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the UUID of the tag rule")
    private final String id;

    @SerializedName("tag")
    @Param(description = "the tag, as KIND/name, the rule applies")
    private final String tag;

    @SerializedName("priority")
    @Param(description = "decides between rules that match the same device: the highest priority applies")
    private final int priority;

    @SerializedName("vendorid")
    @Param(description = "the PCI vendor id a device must have")
    private final String vendorId;

    @SerializedName("productid")
    @Param(description = "the PCI product id a device must have")
    private final String productId;

    @SerializedName("netdev")
    @Param(description = "the network interface name, or glob over it, the device must have")
    private final String netdev;

    @SerializedName("pciaddress")
    @Param(description = "the PCI address, or glob over it, the device must have")
    private final String pciAddress;

    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "the UUID of the only host the rule applies on")
    private final String hostId;

    @SerializedName(ApiConstants.CLUSTER_ID)
    @Param(description = "the UUID of the only cluster the rule applies in")
    private final String clusterId;

    public DeviceTagRuleResponse(TagRule rule) {
        setObjectName("devicetagrule");
        DeviceSelector selector = rule.selector();
        id = rule.id().toString();
        tag = rule.tag().toString();
        priority = rule.priority();
        vendorId = textOrNull(selector.vendorId());
        productId = textOrNull(selector.productId());
        netdev = textOrNull(selector.netdev());
        pciAddress = textOrNull(selector.address());
        hostId = textOrNull(selector.hostUuid());
        clusterId = textOrNull(selector.clusterUuid());
    }

    private static String textOrNull(Object criterion) {
        return criterion == null ? null : criterion.toString();
    }
}
