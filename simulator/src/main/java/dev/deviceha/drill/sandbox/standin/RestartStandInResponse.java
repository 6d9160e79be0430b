package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.report.Restart;

/** What the HA worker did with one VM of the failed host, as the drill reports it. */
public final class RestartStandInResponse extends BaseResponse {
    @SerializedName("virtualmachinename")
    @Param(description = "the VM")
    private final String vm;

    @SerializedName("outcome")
    @Param(description = "RESTARTED, NOT_RESTARTED or STOPPED (HA off)")
    private final String outcome;

    @SerializedName("fromhost")
    @Param(description = "the failed host")
    private final String fromHost;

    @SerializedName("tohost")
    @Param(description = "the host the VM restarted on")
    private final String toHost;

    @SerializedName("reason")
    @Param(description = "why the VM was not restarted, naming the missing KIND/tag")
    private final String reason;

    @SerializedName("haplanner")
    @Param(description = "true if the restart needed the plugin's HA planner")
    private final boolean haPlanner;

    @SerializedName("devicesbefore")
    @Param(description = "the devices the VM had on the failed host")
    private final List<DeviceStandInResponse> devicesBefore;

    @SerializedName("devicesafter")
    @Param(description = "the devices the VM got on its new host")
    private final List<DeviceStandInResponse> devicesAfter;

    @SerializedName("problems")
    @Param(description = "identity checks the restart failed: another tag, MAC, VLAN or mdev UUID")
    private final List<String> problems;

    RestartStandInResponse(Restart restart) {
        setObjectName("restart");
        vm = restart.vm();
        outcome = restart.outcome();
        fromHost = restart.fromHost();
        toHost = restart.toHost();
        reason = restart.reason();
        haPlanner = restart.haPlanner();
        devicesBefore = restart.devicesBefore().stream().map(DeviceStandInResponse::new).toList();
        devicesAfter = restart.devicesAfter().stream().map(DeviceStandInResponse::new).toList();
        problems = restart.problems();
    }
}
