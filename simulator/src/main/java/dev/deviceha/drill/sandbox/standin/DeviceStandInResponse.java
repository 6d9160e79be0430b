package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.report.DeviceView;

/**
 * A device as the VM's host prepared it, with the identity an HA restart must keep. Not a CloudStack response: a
 * real VM's VF MACs and mdev UUIDs are seen in its domain XML on the host; the sandbox shows them on the VM.
 */
final class DeviceStandInResponse extends BaseResponse {
    @SerializedName("tag")
    @Param(description = "the device's tag as KIND/name")
    private final String tag;

    @SerializedName("location")
    @Param(description = "the PCI function, or mdev parent/type, on the host")
    private final String location;

    @SerializedName("mac")
    @Param(description = "the VF's MAC")
    private final String mac;

    @SerializedName("vlan")
    @Param(description = "the VF's VLAN")
    private final Integer vlan;

    @SerializedName("mdevuuid")
    @Param(description = "the mdev's UUID")
    private final String mdevUuid;

    DeviceStandInResponse(DeviceView device) {
        tag = device.tag();
        location = device.location();
        mac = device.mac();
        vlan = device.vlan();
        mdevUuid = device.mdevUuid();
    }
}
