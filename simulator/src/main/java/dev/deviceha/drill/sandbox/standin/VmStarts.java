package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.ServerApiException;

import dev.deviceha.drill.cloudstack.InsufficientCapacityException;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.cloudstack.VmStartException;
import dev.deviceha.drill.sandbox.SandboxState;

/** Starting a VM and answering with it, shared by deploy and start. */
final class VmStarts {
    private VmStarts() {
    }

    /** Starts the VM as orchestrateStart does; failures as CloudStack's API reports them. */
    static void start(SandboxState state, VmRecord vm) {
        try {
            state.world().start(vm);
        } catch (InsufficientCapacityException e) {
            throw new ServerApiException(ApiErrorCode.INSUFFICIENT_CAPACITY_ERROR,
                    "Unable to create a deployment for VM " + vm.name() + ": " + e.getMessage());
        } catch (VmStartException e) {
            throw new ServerApiException(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR,
                    "Unable to start VM " + vm.name() + ": " + e.getMessage());
        }
    }

    /** The command answers with the VM as it is now. */
    static void respond(BaseCmd cmd, SandboxState state, VmRecord vm) {
        VmStandInResponse response = new VmStandInResponse(state, vm);
        response.setResponseName(cmd.getCommandName());
        cmd.setResponseObject(response);
    }
}
