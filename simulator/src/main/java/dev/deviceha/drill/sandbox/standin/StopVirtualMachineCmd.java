package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.libvirt.LibvirtException;

import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.lifecycle.VmState;

@APICommand(name = "stopVirtualMachine", description = StandIn.PREFIX + "Stops a running VM; the plugin releases"
        + " its devices on the host. A stopped VM is left as it is.", responseObject = VmStandInResponse.class,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class StopVirtualMachineCmd extends VmCmd {
    @Parameter(name = "forced", type = CommandType.BOOLEAN, description = "accepted; every stop is immediate here")
    private Boolean forced;

    @Override
    public void execute() {
        VmRecord vm = vm();
        if (vm.state() == VmState.Running) {
            try {
                state.world().stop(vm);
            } catch (LibvirtException e) {
                throw new ServerApiException(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR,
                        "Unable to stop VM " + vm.name() + ": " + e.getMessage());
            }
        }
        VmStarts.respond(this, state, vm);
    }

    @Override
    public String getEventType() {
        return "VM.STOP";
    }

    @Override
    public String getEventDescription() {
        return "stopping a VM";
    }
}
