package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;

import dev.deviceha.drill.sandbox.Credentials;

@APICommand(name = "listUsers", description = StandIn.PREFIX + "Lists the sandbox's one user, the root admin"
        + " (CloudStack's UI reads it after login for the user's role).", responseObject = UserStandInResponse.class,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        // Upstream grants it to every role, each seeing its own; this stand-in knows only the root admin, so it
        // answers the admin alone rather than show the admin to users.
        authorized = {RoleType.Admin})
public class ListUsersCmd extends StandInListCmd {
    @Parameter(name = "username", type = CommandType.STRING, description = "the user name")
    private String username;

    @Parameter(name = "listall", type = CommandType.BOOLEAN, description = "accepted; the sandbox has one user")
    private Boolean listAll;

    @Override
    public void execute() {
        boolean matches = username == null || username.equals(Credentials.USERNAME);
        respond(matches ? List.of(Credentials.USERNAME) : List.<String>of(), name -> new UserStandInResponse());
    }
}
