package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.DeviceInfo;
import dev.deviceha.inventory.DeviceState;
import dev.deviceha.model.inventory.HostDevice;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the UUID of the device")
    private final String id;

    @SerializedName(ApiConstants.ZONE_ID)
    @Param(description = "the UUID of the device's zone")
    private final String zoneId;

    @SerializedName(ApiConstants.CLUSTER_ID)
    @Param(description = "the UUID of the device's cluster")
    private final String clusterId;

    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "the UUID of the device's host")
    private final String hostId;

    @SerializedName("hostname")
    @Param(description = "the name of the device's host")
    private final String hostName;

    @SerializedName("kind")
    @Param(description = "the device kind: SRIOV_VF, VGPU, HCT or PCI; absent when no kind claims the device")
    private final String kind;

    @SerializedName("tag")
    @Param(description = "the device's tag as KIND/name; absent while untagged")
    private final String tag;

    @SerializedName("backing")
    @Param(description = "how the device exists on the host: PCI_FUNCTION, MDEV_TYPE or NVIDIA_VGPU_VF")
    private final String backing;

    @SerializedName("address")
    @Param(description = "the PCI address, or parent/type for an mdev type")
    private final String address;

    @SerializedName("parentaddress")
    @Param(description = "the physical function of a VF, or the parent of an mdev type")
    private final String parentAddress;

    @SerializedName("vendorid")
    @Param(description = "the PCI vendor id")
    private final String vendorId;

    @SerializedName("productid")
    @Param(description = "the PCI product id")
    private final String productId;

    @SerializedName("vendorname")
    @Param(description = "the PCI vendor name")
    private final String vendorName;

    @SerializedName("productname")
    @Param(description = "the PCI product name")
    private final String productName;

    @SerializedName("numanode")
    @Param(description = "the NUMA node the device is attached to")
    private final Integer numaNode;

    @SerializedName("driver")
    @Param(description = "the kernel driver bound to the device")
    private final String driver;

    @SerializedName("netdev")
    @Param(description = "the network interface of the device, or of its physical function for a VF")
    private final String netdev;

    @SerializedName("mdevtype")
    @Param(description = "the mdev type or NVIDIA vGPU type id")
    private final String mdevType;

    @SerializedName("profilename")
    @Param(description = "the vGPU profile name, e.g. GRID T4-1Q")
    private final String profileName;

    @SerializedName("availableinstances")
    @Param(description = "for an mdev type, the instances that can still be created")
    private final Integer availableInstances;

    @SerializedName("totalinstances")
    @Param(description = "for an mdev type, the instances it can hold")
    private final Integer totalInstances;

    @SerializedName("state")
    @Param(description = "Present, or Missing when the host no longer reports the device (it is kept, not deleted)")
    private final String state;

    @SerializedName("managedbycloudstack")
    @Param(description = "true for a GPU that CloudStack's own GPU framework manages; the plugin never allocates it")
    private final boolean managedByCloudStack;

    @SerializedName("free")
    @Param(description = "true when the device is neither allocated to a VM nor in use on its host")
    private final boolean free;

    @SerializedName("allocatedunits")
    @Param(description = "units allocated to VMs: instances of an mdev type, otherwise 0 or 1")
    private final int allocatedUnits;

    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "the UUID of the VM the device (for an mdev type, its first allocated instance) is"
            + " allocated to")
    private final String virtualMachineId;

    @SerializedName("virtualmachinename")
    @Param(description = "the name of the VM the device is allocated to")
    private final String virtualMachineName;

    @SerializedName("usedby")
    @Param(description = "what holds the device on its host when it is not free, as the host reports it")
    private final String usedBy;

    public DeviceResponse(DeviceInfo info) {
        setObjectName("device");
        HostDevice device = info.device();
        id = info.uuid();
        zoneId = info.host().zoneUuid();
        clusterId = info.host().clusterUuid();
        hostId = info.host().uuid();
        hostName = info.host().name();
        kind = device.kind() == null ? null : device.kind().name();
        tag = info.tag() == null ? null : info.tag().toString();
        backing = device.backing().name();
        address = device.address();
        parentAddress = device.parentAddress();
        vendorId = device.vendorId();
        productId = device.productId();
        vendorName = device.vendorName();
        productName = device.productName();
        numaNode = device.numaNode();
        driver = device.driver();
        netdev = device.netdev();
        mdevType = device.type() == null ? null : device.type().value();
        profileName = device.profileName();
        availableInstances = device.availableInstances();
        totalInstances = device.totalInstances();
        state = info.state() == DeviceState.MISSING ? "Missing" : "Present";
        managedByCloudStack = info.cloudStackManaged();
        free = info.free();
        allocatedUnits = info.allocatedUnits();
        virtualMachineId = info.allocatedTo() == null ? null : info.allocatedTo().uuid();
        virtualMachineName = info.allocatedTo() == null ? null : info.allocatedTo().name();
        usedBy = device.usedBy();
    }
}
