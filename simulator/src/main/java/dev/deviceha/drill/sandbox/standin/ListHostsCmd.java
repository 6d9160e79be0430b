package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

import dev.deviceha.drill.World;

@APICommand(name = "listHosts", description = StandIn.PREFIX + "Lists the scenario's KVM hosts.",
        responseObject = HostStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListHostsCmd extends StandInListCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = HostResponse.class,
            description = "the host")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of the host")
    private String name;

    @Parameter(name = ApiConstants.CLUSTER_ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            description = "the hosts of this cluster")
    private Long clusterId;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            description = "the hosts of this zone")
    private Long zoneId;

    @Override
    public void execute() {
        World world = state.world();
        respond(world.hosts().stream()
                        .filter(host -> id == null || id == host.id())
                        .filter(host -> name == null || name.equals(host.name()))
                        .filter(host -> clusterId == null || clusterId == host.clusterId())
                        .filter(host -> zoneId == null || zoneId == World.ZONE_ID)
                        .toList(),
                host -> new HostStandInResponse(world, host));
    }
}
