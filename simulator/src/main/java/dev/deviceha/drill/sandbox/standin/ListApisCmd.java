package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;

import com.cloud.user.Account;

import javax.inject.Inject;

import dev.deviceha.drill.sandbox.SandboxState;

@APICommand(name = "listApis", description = StandIn.PREFIX + "Lists the APIs the caller may use, with their"
        + " parameters and response fields, derived from the command classes' annotations.",
        responseObject = ApiResponse.class, since = "4.1.0", requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListApisCmd extends BaseCmd {
    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "the name of one API")
    private String name;

    @Override
    public void execute() {
        List<ApiResponse> apis = new ApiDiscovery(state.commands().all()).apis().stream()
                .filter(api -> name == null || api.name().equals(name)).toList();
        if (apis.isEmpty()) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "no API named " + name);
        }
        ListResponse<ApiResponse> response = new ListResponse<>();
        response.setResponses(apis, apis.size());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
