package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import com.cloud.utils.component.PluggableService;

/**
 * The sandbox's stand-ins for CloudStack's own API commands: enough for a client to find its way (listApis, zones,
 * clusters, hosts, VMs, offerings, capabilities, jobs) and the VM lifecycle the drill models, plus one
 * sandbox-only command that fails a host. Each is thin and says in its description that it stands in.
 */
public final class StandInCommands implements PluggableService {
    @Override
    public List<Class<?>> getCommands() {
        return List.of(
                ListApisCmd.class,
                ListCapabilitiesCmd.class,
                ListZonesCmd.class,
                ListClustersCmd.class,
                ListHostsCmd.class,
                ListServiceOfferingsCmd.class,
                CreateServiceOfferingCmd.class,
                ListVirtualMachinesCmd.class,
                DeployVirtualMachineCmd.class,
                StartVirtualMachineCmd.class,
                StopVirtualMachineCmd.class,
                QueryAsyncJobResultCmd.class,
                ListEventsCmd.class,
                ListUsersCmd.class,
                SandboxFailHostCmd.class);
    }
}
