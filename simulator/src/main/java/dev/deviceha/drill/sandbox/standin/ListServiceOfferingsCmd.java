package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ServiceOfferingResponse;

@APICommand(name = "listServiceOfferings", description = StandIn.PREFIX + "Lists the service offerings.",
        responseObject = OfferingStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListServiceOfferingsCmd extends StandInListCmd {
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = ServiceOfferingResponse.class,
            description = "the service offering")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of the offering")
    private String name;

    @Override
    public void execute() {
        respond(state.world().management().offerings().stream()
                        .filter(offering -> id == null || id == offering.id())
                        .filter(offering -> name == null || name.equals(offering.name()))
                        .toList(),
                OfferingStandInResponse::new);
    }
}
