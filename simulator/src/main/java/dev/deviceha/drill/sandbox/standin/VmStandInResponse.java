package dev.deviceha.drill.sandbox.standin;

import java.util.List;
import java.util.Map;

import org.apache.cloudstack.api.response.UserVmResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.ManagementServer;
import dev.deviceha.drill.World;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.sandbox.SandboxState;

/** The fields of CloudStack's UserVmResponse a client needs, and the devices the VM runs with. */
public final class VmStandInResponse extends UserVmResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the VM")
    private final String id;

    @SerializedName("name")
    @Param(description = "the name of the VM")
    private final String name;

    @SerializedName("displayname")
    @Param(description = "the display name of the VM")
    private final String displayName;

    @SerializedName("instancename")
    @Param(description = "the VM's name on its host")
    private final String instanceName;

    @SerializedName("state")
    @Param(description = "Running, Stopped, ...")
    private final String state;

    @SerializedName("haenable")
    @Param(description = "true if CloudStack restarts the VM when its host fails")
    private final boolean haEnable;

    @SerializedName("hostid")
    @Param(description = "the UUID of the host the VM runs on")
    private final String hostId;

    @SerializedName("hostname")
    @Param(description = "the name of the host the VM runs on")
    private final String hostName;

    @SerializedName("zoneid")
    @Param(description = "the UUID of the VM's zone")
    private final String zoneId;

    @SerializedName("zonename")
    @Param(description = "the name of the VM's zone")
    private final String zoneName = World.ZONE_NAME;

    @SerializedName("serviceofferingid")
    @Param(description = "the UUID of the VM's service offering")
    private final String serviceOfferingId;

    @SerializedName("serviceofferingname")
    @Param(description = "the name of the VM's service offering")
    private final String serviceOfferingName;

    @SerializedName("details")
    @Param(description = "the VM's details, deviceha.requests among them")
    private final Map<String, String> details;

    @SerializedName("sandboxdevices")
    @Param(description = "API sandbox only: the devices the VM's host prepared for it, with MACs and mdev UUIDs")
    private final List<DeviceStandInResponse> devices;

    VmStandInResponse(SandboxState sandbox, VmRecord vm) {
        setObjectName("virtualmachine");
        World world = sandbox.world();
        SimulatedHost host = vm.hostId() == null ? null : world.host(vm.hostId()).orElseThrow();
        ManagementServer.ServiceOffering offering = world.management().offeringOf(vm.id());
        id = vm.ref().uuid();
        name = vm.name();
        displayName = vm.name();
        instanceName = vm.ref().instanceName();
        state = vm.state().name();
        haEnable = vm.haEnabled();
        hostId = host == null ? null : host.uuid();
        hostName = host == null ? null : host.name();
        zoneId = world.zoneUuid();
        serviceOfferingId = offering.uuid();
        serviceOfferingName = offering.name();
        details = sandbox.vmDetails(vm.id());
        devices = host == null ? List.of()
                : world.devicesOf(vm).stream().map(DeviceStandInResponse::new).toList();
    }
}
