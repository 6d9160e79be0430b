package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ZoneResponse;

import dev.deviceha.drill.World;

@APICommand(name = "listZones", description = StandIn.PREFIX + "Lists the sandbox's one zone.",
        responseObject = ZoneStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListZonesCmd extends StandInListCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = ZoneResponse.class,
            description = "the zone")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of the zone")
    private String name;

    @Override
    public void execute() {
        World world = state.world();
        boolean matches = (id == null || id == World.ZONE_ID) && (name == null || name.equals(World.ZONE_NAME));
        respond(matches ? List.of(world) : List.<World>of(),
                w -> new ZoneStandInResponse(w.zoneUuid(), World.ZONE_NAME));
    }
}
