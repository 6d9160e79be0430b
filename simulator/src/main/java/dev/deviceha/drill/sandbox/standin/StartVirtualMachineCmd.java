package dev.deviceha.drill.sandbox.standin;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.UserVmResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.sandbox.SandboxState;
import dev.deviceha.lifecycle.VmState;

@APICommand(name = "startVirtualMachine", description = StandIn.PREFIX + "Starts a stopped VM: planning with the"
        + " plugin's host allocator, device allocation and staging on the chosen host.",
        responseObject = VmStandInResponse.class, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class StartVirtualMachineCmd extends BaseAsyncCmd {
    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = UserVmResponse.class, required = true,
            description = "the VM")
    private Long id;

    @Override
    public void execute() {
        VmRecord vm = state.world().vm(id).orElseThrow();
        if (vm.state() != VmState.Stopped) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR,
                    "VM " + vm.name() + " is " + vm.state() + ", not Stopped");
        }
        VmStarts.start(state, vm);
        VmStarts.respond(this, state, vm);
    }

    @Override
    public String getEventType() {
        return "VM.START";
    }

    @Override
    public String getEventDescription() {
        return "starting a VM";
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
