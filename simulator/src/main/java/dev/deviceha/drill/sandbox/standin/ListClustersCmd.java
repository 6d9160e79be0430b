package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

import dev.deviceha.drill.World;

@APICommand(name = "listClusters", description = StandIn.PREFIX + "Lists the scenario's clusters.",
        responseObject = ClusterStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListClustersCmd extends StandInListCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = ClusterResponse.class,
            description = "the cluster")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of the cluster")
    private String name;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            description = "the clusters of this zone")
    private Long zoneId;

    @Override
    public void execute() {
        World world = state.world();
        java.util.List<String> clusters = world.clusterNames();
        respond(clusters.stream()
                        .filter(cluster -> id == null || id == clusters.indexOf(cluster) + 1L)
                        .filter(cluster -> name == null || name.equals(cluster))
                        .filter(cluster -> zoneId == null || zoneId == World.ZONE_ID)
                        .toList(),
                cluster -> new ClusterStandInResponse(world.clusterUuid(cluster), cluster, world.zoneUuid(),
                        World.ZONE_NAME));
    }
}
