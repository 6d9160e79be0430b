package dev.deviceha.drill.sandbox.standin;

import java.util.Comparator;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.Parameter;

@APICommand(name = "listEvents", description = StandIn.PREFIX + "Lists the events of the HA outcomes the plugin"
        + " reported for device VMs of failed hosts, newest first.", responseObject = EventStandInResponse.class,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        // Upstream's annotation names no roles; CloudStack's default role permissions grant it to every role.
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListEventsCmd extends StandInListCmd {
    @Parameter(name = "type", type = CommandType.STRING, description = "the event type")
    private String type;

    @Parameter(name = "listall", type = CommandType.BOOLEAN,
            description = "the events of every account the caller may see (the sandbox has one)")
    private Boolean listAll;

    @Override
    public void execute() {
        respond(state.events().stream().filter(event -> type == null || type.equalsIgnoreCase(event.type()))
                        .sorted(Comparator.comparing(HaOutcomeEvent::created).reversed()).toList(),
                EventStandInResponse::new);
    }
}
