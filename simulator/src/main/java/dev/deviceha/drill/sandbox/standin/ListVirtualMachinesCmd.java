package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.UserVmResponse;

@APICommand(name = "listVirtualMachines", description = StandIn.PREFIX + "Lists the VMs, with the devices their"
        + " hosts prepared for them.", responseObject = VmStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListVirtualMachinesCmd extends StandInListCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = UserVmResponse.class,
            description = "the VM")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of the VM")
    private String name;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            description = "the VMs on this host")
    private Long hostId;

    @Parameter(name = "state", type = CommandType.STRING, description = "the VMs in this state, e.g. Running")
    private String vmState;

    @Override
    public void execute() {
        respond(state.world().vms().stream()
                        .filter(vm -> id == null || id == vm.id())
                        .filter(vm -> name == null || name.equals(vm.name()))
                        .filter(vm -> hostId == null || hostId.equals(vm.hostId()))
                        .filter(vm -> vmState == null || vmState.equalsIgnoreCase(vm.state().name()))
                        .toList(),
                vm -> new VmStandInResponse(state, vm));
    }
}
