package dev.deviceha.drill.sandbox.standin;

import java.util.Map;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ServiceOfferingResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.ManagementServer;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.sandbox.SandboxState;
import dev.deviceha.model.request.DeviceRequests;

@APICommand(name = "deployVirtualMachine", description = StandIn.PREFIX + "Creates a VM with its details, then"
        + " starts it as CloudStack does (the plugin's host allocator and device allocation included). HA comes from"
        + " the service offering. No disks: templateid is accepted and ignored.",
        responseObject = VmStandInResponse.class, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class DeployVirtualMachineCmd extends BaseAsyncCreateCmd {
    private static final java.util.regex.Pattern HOST_NAME = java.util.regex.Pattern.compile(
            "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            required = true, description = "the zone")
    private Long zoneId;

    @Parameter(name = "serviceofferingid", type = CommandType.UUID, entityType = ServiceOfferingResponse.class,
            required = true, description = "the service offering")
    private Long serviceOfferingId;

    @Parameter(name = "templateid", type = CommandType.STRING, description = "accepted and ignored by the sandbox")
    private String templateId;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, length = 63,
            description = "the host name of the VM; default VM-<uuid>")
    private String name;

    @Parameter(name = "displayname", type = CommandType.STRING, description = "accepted; the name is shown")
    private String displayName;

    @Parameter(name = "details", type = CommandType.MAP,
            description = "details of the VM, e.g. details[0].deviceha.requests=SRIOV_VF/trading-net;count=2")
    private Map<?, ?> details;

    @Parameter(name = "startvm", type = CommandType.BOOLEAN, description = "false creates the VM Stopped")
    private Boolean startVm;

    /** Saves the VM Stopped with its details, after the dispatch chain checked them (the plugin's check too). */
    @Override
    public void create() {
        String vmName = name == null ? "VM-" + java.util.UUID.randomUUID() : name;
        if (!HOST_NAME.matcher(vmName).matches()) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Invalid name " + vmName + ": letters, digits"
                    + " and '-', starting and ending with a letter or digit, at most 63 characters");
        }
        if (state.world().vms().stream().anyMatch(vm -> vm.name().equals(vmName))) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "The VM name " + vmName + " is already in use");
        }
        ManagementServer.ServiceOffering offering = state.world().management().offerings().stream()
                .filter(o -> o.id() == serviceOfferingId).findFirst().orElseThrow();
        Map<String, String> vmDetails = Details.of(details);
        VmRecord vm = state.world().addVm(vmName, offering.offerHa(), vmDetails.get(DeviceRequests.DETAIL_KEY),
                offering.id());
        state.setVmDetails(vm.id(), vmDetails);
        setEntityId(vm.id());
        setEntityUuid(vm.ref().uuid());
    }

    @Override
    public void execute() {
        VmRecord vm = state.world().vm(getEntityId()).orElseThrow();
        if (!Boolean.FALSE.equals(startVm)) {
            VmStarts.start(state, vm);
        }
        VmStarts.respond(this, state, vm);
    }

    @Override
    public String getEventType() {
        return "VM.CREATE";
    }

    @Override
    public String getEventDescription() {
        return "deploying a VM";
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
