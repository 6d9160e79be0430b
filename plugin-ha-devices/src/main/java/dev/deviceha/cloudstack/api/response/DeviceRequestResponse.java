package dev.deviceha.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import dev.deviceha.api.DeviceRequestInfo;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.request.DeviceRequest;
import java.util.List;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

public class DeviceRequestResponse extends BaseResponse {
    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "the UUID of the VM")
    private final String virtualMachineId;

    @SerializedName("virtualmachinename")
    @Param(description = "the name of the VM")
    private final String virtualMachineName;

    @SerializedName("tag")
    @Param(description = "the requested tag as KIND/name")
    private final String tag;

    @SerializedName("kind")
    @Param(description = "the device kind of the tag")
    private final String kind;

    @SerializedName("count")
    @Param(description = "the number of devices requested")
    private final Integer count;

    @SerializedName("vlan")
    @Param(description = "the VLAN set on requested SR-IOV VFs; absent for untagged")
    private final Integer vlan;

    @SerializedName("trust")
    @Param(description = "VF trust set on requested SR-IOV VFs; absent for the safe default, off")
    private final Boolean trust;

    @SerializedName("spoofchk")
    @Param(description = "VF spoof checking set on requested SR-IOV VFs; absent for the safe default, on")
    private final Boolean spoofCheck;

    @SerializedName("macaddresses")
    @Param(description = "the fixed MACs of the first requested SR-IOV VFs; absent when all are generated")
    private final List<String> macAddresses;

    @SerializedName("numa")
    @Param(description = "the NUMA policy: none, preferred or required")
    private final String numa;

    @SerializedName("source")
    @Param(description = "VM when the request (or the error) is the VM's own, SERVICE_OFFERING when it comes with"
            + " its offering")
    private final String source;

    @SerializedName("error")
    @Param(description = "why the VM's device requests cannot be read (a malformed deviceha.requests detail of the VM"
            + " or its offering); the VM will not start until it is fixed. Absent on a request")
    private final String error;

    public DeviceRequestResponse(DeviceRequestInfo info) {
        setObjectName("devicerequest");
        virtualMachineId = info.vm().uuid();
        virtualMachineName = info.vm().name();
        source = info.source() == null ? null : info.source().name();
        error = info.error();
        DeviceRequest request = info.request();
        if (request == null) {
            tag = null;
            kind = null;
            count = null;
            vlan = null;
            trust = null;
            spoofCheck = null;
            macAddresses = null;
            numa = null;
            return;
        }
        tag = request.tag().toString();
        kind = request.tag().kind().name();
        count = request.count();
        vlan = request.vlan() == null ? null : request.vlan().value();
        trust = request.trust();
        spoofCheck = request.spoofCheck();
        macAddresses = request.macs().isEmpty() ? null : request.macs().stream().map(MacAddress::toString).toList();
        numa = request.numa().canonical();
    }
}
