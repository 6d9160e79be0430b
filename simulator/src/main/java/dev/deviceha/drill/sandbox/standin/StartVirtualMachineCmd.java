package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;

import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.lifecycle.VmState;

@APICommand(name = "startVirtualMachine", description = StandIn.PREFIX + "Starts a stopped VM: planning with the"
        + " plugin's host allocator, device allocation and staging on the chosen host.",
        responseObject = VmStandInResponse.class, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class StartVirtualMachineCmd extends VmCmd {
    @Override
    public void execute() {
        VmRecord vm = vm();
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
}
