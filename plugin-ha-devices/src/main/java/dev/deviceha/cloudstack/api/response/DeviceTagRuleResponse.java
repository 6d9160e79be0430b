package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.TagRuleInfo;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceTagRuleResponse extends BaseResponse {
    public static final String OBJECT_NAME = "devicetagrule";

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
    @Param(description = "the glob the device's network interface name must match")
    private final String netdev;

    @SerializedName("pciaddress")
    @Param(description = "the glob the device's PCI address must match")
    private final String pciAddress;

    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "the UUID of the only host the rule applies on")
    private final String hostId;

    @SerializedName(ApiConstants.CLUSTER_ID)
    @Param(description = "the UUID of the only cluster the rule applies in")
    private final String clusterId;

    public DeviceTagRuleResponse(TagRuleInfo info) {
        setObjectName(OBJECT_NAME);
        id = info.uuid();
        tag = info.tag().toString();
        priority = info.priority();
        vendorId = info.vendorId();
        productId = info.productId();
        netdev = info.netdevGlob();
        pciAddress = info.pciAddressGlob();
        hostId = info.hostUuid();
        clusterId = info.clusterUuid();
    }
}
