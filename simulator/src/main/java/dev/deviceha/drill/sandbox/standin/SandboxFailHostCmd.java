package dev.deviceha.drill.sandbox.standin;

import java.time.Instant;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.ListResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.drill.report.Restart;
import dev.deviceha.drill.sandbox.SandboxState;

@APICommand(name = "sandboxFailHost", description = "[API sandbox only: CloudStack has no such command] Fails a"
        + " host as the drill does: its agent stops answering, CloudStack marks it Down, and the HA worker stops"
        + " its VMs and restarts the HA-enabled ones elsewhere. Answers what happened to each VM.",
        responseObject = RestartStandInResponse.class, since = "sandbox", requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin})
public class SandboxFailHostCmd extends BaseCmd {
    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.UUID, entityType = HostResponse.class,
            required = true, since = "sandbox", description = "the host to fail")
    private Long hostId;

    @Override
    public void execute() {
        SimulatedHost host = state.world().host(hostId).orElseThrow();
        if (!host.isUp()) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "host " + host.name() + " is Down already");
        }
        List<Restart> restarts = state.world().fail(host, System.nanoTime());
        Instant now = Instant.now();
        state.addEvents(restarts.stream().flatMap(r -> HaOutcomeEvent.of(state.world(), r, now).stream()).toList());
        ListResponse<RestartStandInResponse> response = new ListResponse<>();
        response.setResponses(restarts.stream().map(RestartStandInResponse::new).toList(), restarts.size());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
