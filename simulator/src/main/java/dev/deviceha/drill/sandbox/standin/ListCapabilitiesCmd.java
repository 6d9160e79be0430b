package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;

import com.cloud.user.Account;

@APICommand(name = "listCapabilities", description = StandIn.PREFIX + "Lists the capabilities clients read at"
        + " start.", responseObject = CapabilitiesStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class ListCapabilitiesCmd extends BaseCmd {
    @Override
    public void execute() {
        CapabilitiesStandInResponse response = new CapabilitiesStandInResponse();
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
